package org.disclosure.dashboard.client;

import java.math.BigDecimal;

public record RankingRow(Integer rank, String regionCode, String regionName, String agency, Integer year,
        int reports, BigDecimal value) {
}
