package org.disclosure.parser.internal.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.parser.internal.report.AdministrativeDivisions.Division;

/**
 * Finds which divisions of one level a name mentions. Divisions are indexed by the first character of
 * their names, so a name of n characters costs n lookups instead of a scan of three thousand names.
 */
final class NameIndex {

    private final Map<Character, List<Division>> byFirstCharacter = new HashMap<>();
    private final boolean allowShortNames;

    NameIndex(List<Division> divisions, boolean allowShortNames) {
        this.allowShortNames = allowShortNames;
        for (Division division : divisions) {
            index(division.name(), division);
            if (allowShortNames && !division.shortName().equals(division.name())) index(division.shortName(), division);
        }
    }

    private void index(String name, Division division) {
        List<Division> bucket = byFirstCharacter.computeIfAbsent(name.charAt(0), c -> new ArrayList<>());
        if (!bucket.contains(division)) bucket.add(division);
    }

    /** The divisions the name mentions, by full name or, where allowed, by short name. */
    List<Division> mentionedIn(String name) {
        List<Division> found = new ArrayList<>();
        for (int at = 0; at < name.length(); at++) {
            List<Division> bucket = byFirstCharacter.get(name.charAt(at));
            if (bucket == null) continue;
            for (Division division : bucket) {
                if (found.contains(division)) continue;
                if (name.startsWith(division.name(), at)
                        || allowShortNames && name.startsWith(division.shortName(), at)
                        && mentionsShortName(name, division.shortName())) {
                    found.add(division);
                }
            }
        }
        found.removeIf(division -> isInsideLongerName(division, found));
        return found;
    }

    /** "朝阳区" does not mention the city 朝阳: a short name followed by a county word belongs to the county. */
    private static boolean mentionsShortName(String name, String shortName) {
        for (int at = name.indexOf(shortName); at >= 0; at = name.indexOf(shortName, at + 1)) {
            int end = at + shortName.length();
            if (end >= name.length() || "区县旗".indexOf(name.charAt(end)) < 0) return true;
        }
        return false;
    }

    /** "城区" found inside "东城区" is not a second mention. */
    private static boolean isInsideLongerName(Division division, List<Division> found) {
        for (Division other : found) {
            if (other.name().length() > division.name().length() && other.name().contains(division.name())) return true;
        }
        return false;
    }
}
