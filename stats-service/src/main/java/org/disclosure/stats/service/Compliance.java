package org.disclosure.stats.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * How well the selected current reports comply: the share without any error finding, the share published on
 * time (Q03; a report whose publication date is unknown counts in neither part nor whole) and findings per
 * report by rule.
 */
public record Compliance(String regionCode, String regionName, Integer year, long reports, long errorFreeReports,
        BigDecimal errorFreeShare, long onTime, long late, long publicationUnknown, BigDecimal onTimeShare,
        List<RuleRate> findingsByRule) {
}
