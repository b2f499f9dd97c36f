package org.disclosure.contracts.report;

import java.util.Collection;

/**
 * Containment of GB/T 2260 codes: a province code (XX0000) covers its cities and counties, a city code
 * (XXXX00) its counties, a county code itself.
 */
public final class RegionCodes {

    private RegionCodes() {
    }

    public static boolean covers(String scope, String code) {
        if (scope == null || code == null || scope.length() != 6 || code.length() != 6) return false;
        return code.startsWith(prefix(scope));
    }

    /** What every code inside the area starts with: the code without its trailing "00" pairs. */
    public static String prefix(String code) {
        if (code.endsWith("0000")) return code.substring(0, 2);
        if (code.endsWith("00")) return code.substring(0, 4);
        return code;
    }

    public static boolean coveredByAny(Collection<String> scopes, String code) {
        return scopes.stream().anyMatch(scope -> covers(scope, code));
    }
}
