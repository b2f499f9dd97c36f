package org.disclosure.dashboard.client;

import java.math.BigDecimal;
import java.util.List;

/** An indicator year by year, with the change to the year before. */
public record Trend(String regionCode, String regionName, String indicator, List<Point> points) {

    public record Point(Integer year, int reports, BigDecimal value, BigDecimal change) {
    }
}
