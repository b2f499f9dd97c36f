package org.disclosure.stats.repository;

/**
 * How the stored sums of region codes are grouped into areas, as {@code AggregationLevel} groups reports: a
 * provincial department belongs to no city, a city's own department to no county (their area is null). An unknown
 * region code is stored as '' and belongs to no area, except in {@link #NONE}, the year-by-year totals of a trend.
 */
public enum AreaGrouping {
    PROVINCE("case when s.region_code = '' then null else substr(s.region_code, 1, 2) || '0000' end"),
    CITY("case when s.region_code = '' or s.region_code like '__0000' then null"
            + " else substr(s.region_code, 1, 4) || '00' end"),
    COUNTY("case when s.region_code = '' or s.region_code like '____00' then null else s.region_code end"),
    NONE("''");

    /** The SQL expression of the area code over the sums' alias {@code s}. */
    final String areaExpression;

    AreaGrouping(String areaExpression) {
        this.areaExpression = areaExpression;
    }

    /**
     * The level of the sums kept per area that answers this grouping for the filter, or null when only the sums per
     * region code can: {@code county} (a county's sums are its region code's, V5/V30), {@code city} or {@code
     * province} (V30). The filter must not cut through the kept areas, and those must lie inside the grouping's
     * areas; a province's sums hold its own departments, a city's do not, so a province is never added up from its
     * cities. The year-by-year totals add up whichever kept level of cities or provinces fits.
     */
    String keptAreaLevel(ReportFilter filter) {
        return switch (this) {
            case PROVINCE -> filter.selectsWholeAreasOf(2) ? "province" : null;
            case CITY -> filter.selectsWholeAreasOf(4) ? "city" : null;
            case COUNTY -> "county";
            case NONE -> filter.selectsWholeAreasOf(2) ? "province" : filter.selectsWholeAreasOf(4) ? "city" : null;
        };
    }
}
