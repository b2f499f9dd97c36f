package org.disclosure.rules.narrative;

import java.math.BigDecimal;
import java.util.List;
import org.disclosure.contracts.report.ParsedReport;

/** A figure the tables give for a narrative statement: one cell or a sum of cells. */
record TableFigure(String labelZh, String labelEn, List<String> keys) {

    TableFigure(String labelZh, String labelEn, String... keys) {
        this(labelZh, labelEn, List.of(keys));
    }

    /** The sum, or null when any cell is blank or absent. */
    BigDecimal valueIn(ParsedReport report) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String key : keys) {
            BigDecimal value = report.value(key);
            if (value == null) return null;
            sum = sum.add(value);
        }
        return sum;
    }
}
