package org.disclosure.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.parser.AdministrativeDivisions.Division;

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
                        && RegionResolver.mentionsShortName(name, division.shortName())) {
                    found.add(division);
                }
            }
        }
        found.removeIf(division -> RegionResolver.isInsideLongerName(division, found));
        return found;
    }
}
