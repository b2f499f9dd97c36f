package org.disclosure.dashboard.view;

import java.util.List;

/**
 * Who is signed in, for the page header and the defaults of the forms. It decides nothing about access:
 * stats-service scopes every read by the user's token.
 */
public record PageUser(String name, boolean national, List<String> regions) {

    public String roleLabel() {
        return national ? "全国" : "监督";
    }

    public String regionsLabel() {
        if (national) return "全部地区";
        return regions.isEmpty() ? "无地区" : String.join("、", regions.stream().map(Regions::name).toList());
    }

    /** The region a page starts with: the user's first region; none for national users (everything). */
    public String defaultRegion() {
        return national || regions.isEmpty() ? null : regions.get(0);
    }
}
