package org.disclosure.dashboard.client;

import java.util.List;

/** County-level divisions of an area whose people's government has no current report for the year. */
public record Coverage(String regionCode, String regionName, Integer year, int counties, int reported,
        List<County> missing) {

    public record County(String code, String name, String cityName) {
    }
}
