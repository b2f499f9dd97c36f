package org.disclosure.contracts.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code region} claim of the platform's tokens: the GB/T 2260 codes a user or feed acts for
 * (deploy/keycloak/disclosure-realm.json). Token libraries hand it over as a JSON array whose elements print
 * with their quotes, as a list of strings, or as one string; all read the same here.
 */
public final class RegionClaim {

    public static final String NAME = "region";

    private RegionClaim() {
    }

    public static Set<String> codes(Object claim) {
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> codes.add(unquote(String.valueOf(value))));
        } else if (claim != null) {
            codes.add(unquote(claim.toString()));
        }
        return codes;
    }

    private static String unquote(String text) {
        String trimmed = text.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
