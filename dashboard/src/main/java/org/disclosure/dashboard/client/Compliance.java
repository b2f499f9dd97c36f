package org.disclosure.dashboard.client;

import java.math.BigDecimal;

/** The share of reports without an error finding and the share published on time (Q03). */
public record Compliance(String regionCode, String regionName, Integer year, long reports, long errorFreeReports,
        BigDecimal errorFreeShare, long onTime, long late, long publicationUnknown, BigDecimal onTimeShare) {
}
