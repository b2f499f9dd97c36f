package org.disclosure.dashboard.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.dashboard.view.Option;
import org.disclosure.dashboard.view.PageUser;
import org.disclosure.dashboard.view.Regions;

/** Small helpers for the pages' query parameters and select boxes. */
final class Forms {

    private Forms() {
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A number typed into a form; blank is null (a blank cell). */
    static java.math.BigDecimal number(String text) {
        if (text == null || text.isBlank()) return null;
        return new java.math.BigDecimal(text.trim().replace(",", "").replace("，", ""));
    }

    /** Puts a parameter when it has a value. */
    static void put(Map<String, String> parameters, String name, Object value) {
        if (value == null) return;
        String text = value.toString().trim();
        if (!text.isEmpty()) parameters.put(name, text);
    }

    /**
     * The regions a user may choose: their own (a supervisor), or 全部 and every province (a national user). A
     * choice outside the user's regions is possible by URL; stats-service then shows nothing of it.
     */
    static List<Option> regionOptions(PageUser user, String selected) {
        List<Option> options = new ArrayList<>();
        if (user.national()) {
            options.add(new Option("", "全部地区", selected == null));
            Regions.provinces().forEach((code, name) -> options.add(new Option(code, code + " " + name,
                    code.equals(selected))));
        } else {
            user.regions().forEach(code -> options.add(new Option(code, Regions.name(code), code.equals(selected))));
        }
        if (selected != null && options.stream().noneMatch(Option::selected)) {
            options.add(new Option(selected, Regions.name(selected), true));
        }
        return options;
    }
}
