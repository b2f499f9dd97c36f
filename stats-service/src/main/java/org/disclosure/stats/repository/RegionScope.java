package org.disclosure.stats.repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.disclosure.contracts.report.RegionCodes;

/**
 * A set of GB/T 2260 areas. A province code covers its cities and counties, a city code its counties: the
 * code's trailing "00" pairs are dropped and what is left is a prefix of every code inside the area.
 * It serves both for what a viewer may see and for the region a request asks for.
 */
public final class RegionScope {

    private static final Pattern DIVISION_CODE = Pattern.compile("\\d{6}");
    private static final RegionScope EVERYWHERE = new RegionScope(null);

    /** Code prefixes of the areas; null means no restriction at all. */
    private final List<String> prefixes;

    private RegionScope(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    public static RegionScope everywhere() {
        return EVERYWHERE;
    }

    /** The areas of the codes; anything that is not a 6-digit code is ignored, so no code means nothing. */
    public static RegionScope of(Collection<String> regionCodes) {
        return new RegionScope(regionCodes.stream().filter(RegionScope::isDivisionCode).map(RegionCodes::prefix)
                .distinct().toList());
    }

    /** One area, or everywhere when no code is given. */
    public static RegionScope within(String regionCode) {
        return regionCode == null ? EVERYWHERE : of(List.of(regionCode));
    }

    public static boolean isDivisionCode(String code) {
        return code != null && DIVISION_CODE.matcher(code).matches();
    }

    public boolean covers(String regionCode) {
        if (prefixes == null) return true;
        return regionCode != null && prefixes.stream().anyMatch(regionCode::startsWith);
    }

    /**
     * Whether every area of the scope is a whole area of codes at most {@code codeDigits} significant digits long
     * (2: provinces, 4: cities) or larger: then sums kept per such area hold exactly what the scope selects of them.
     */
    public boolean consistsOfAreasOf(int codeDigits) {
        return prefixes == null || prefixes.stream().allMatch(prefix -> prefix.length() <= codeDigits);
    }

    /** An HQL condition on a region code path, with parameters named after {@code parameterPrefix}. */
    String condition(String regionCodePath, String parameterPrefix) {
        if (prefixes == null) return "1 = 1";
        if (prefixes.isEmpty()) return "1 = 0";
        return IntStream.range(0, prefixes.size())
                .mapToObj(i -> regionCodePath + " like :" + parameterPrefix + i)
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    void bind(Map<String, Object> parameters, String parameterPrefix) {
        if (prefixes == null) return;
        for (int i = 0; i < prefixes.size(); i++) parameters.put(parameterPrefix + i, prefixes.get(i) + "%");
    }
}
