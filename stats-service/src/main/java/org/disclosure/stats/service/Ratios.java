package org.disclosure.stats.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.disclosure.rules.Indicators;

/** Ratios of report counts, rounded like the indicators' rates; undefined (null) over no reports. */
final class Ratios {

    private Ratios() {
    }

    static BigDecimal of(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Indicators.SCALE, RoundingMode.HALF_UP);
    }
}
