package org.disclosure.stats.service;

import java.math.BigDecimal;

/** One place in a ranking; equal values share a rank, an undefined value has none and comes last. */
public record RankingRow(Integer rank, String regionCode, String regionName, String agency, Integer year,
        int reports, BigDecimal value) {
}
