package org.disclosure.stats.repository;

/**
 * One row of the sums the store keeps per area and year ({@code region_year_report} for counties, {@code
 * area_year_report} for cities and provinces), with its version: the transaction id that last wrote it ({@code
 * xmin}). The store rewrites an area's row in every transaction that changes its reports, whichever instance stores,
 * so an unchanged version means unchanged sums. {@code sums} is null when only the versions were read.
 */
public record KeptArea(String areaCode, Integer year, long reports, long version, String sums) {

    /** The area and year as one key, an unknown year as 0 as the table keeps it. */
    public String key() {
        return areaCode + ":" + (year == null ? 0 : year);
    }
}
