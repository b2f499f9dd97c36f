package org.disclosure.stats.service;

import java.util.List;

/** An indicator of an area year by year; a null region means everything the viewer may see. */
public record Trend(String regionCode, String regionName, String indicator, List<TrendPoint> points) {
}
