package org.disclosure.stats.service;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.disclosure.stats.repository.AreaGrouping;
import org.disclosure.stats.repository.ReportFacts;

/** What the indicator rows group reports by, besides the year. */
public enum AggregationLevel {
    PROVINCE, CITY, COUNTY, AGENCY;

    public static AggregationLevel parse(String level) {
        for (AggregationLevel candidate : values()) {
            if (candidate.label().equals(level)) return candidate;
        }
        throw new IllegalArgumentException("level must be one of " + labels() + ", got '" + level + "'");
    }

    public static String labels() {
        return Arrays.stream(values()).map(AggregationLevel::label).collect(Collectors.joining(", "));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the stored sums of region codes group into this level's areas; agencies have no stored sums. */
    AreaGrouping areaGrouping() {
        return switch (this) {
            case PROVINCE -> AreaGrouping.PROVINCE;
            case CITY -> AreaGrouping.CITY;
            case COUNTY -> AreaGrouping.COUNTY;
            case AGENCY -> throw new IllegalStateException("agencies are aggregated from their reports' cells");
        };
    }

    /**
     * The area a report counts towards, or null when the agency sits above this level: a provincial department
     * belongs to no city, a city's own department to no county.
     */
    String areaCode(ReportFacts report) {
        String code = report.regionCode();
        if (code == null) return null;
        return switch (this) {
            case PROVINCE -> code.substring(0, 2) + "0000";
            case CITY -> code.endsWith("0000") ? null : code.substring(0, 4) + "00";
            case COUNTY -> code.endsWith("00") ? null : code;
            case AGENCY -> code;
        };
    }
}
