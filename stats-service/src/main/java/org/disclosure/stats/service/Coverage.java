package org.disclosure.stats.service;

import java.util.List;

/** The county-level divisions of an area and year whose people's government has no current report yet. */
public record Coverage(String regionCode, String regionName, Integer year, int counties, int reported,
        List<RegionDirectory.County> missing) {
}
