package org.disclosure.rules.support;

import java.math.BigDecimal;
import org.disclosure.contracts.report.ParsedReport;

/**
 * One cell taking part in an equation: where to read it, how it is shown in a finding and its sign.
 *
 * @param shownAs the key under which the finding lists it (prefixed for the previous year's report)
 */
public record Operand(ParsedReport source, String key, String shownAs, boolean negative) {

    public static Operand of(ParsedReport report, String key) {
        return new Operand(report, key, key, false);
    }

    public static Operand minus(ParsedReport report, String key) {
        return new Operand(report, key, key, true);
    }

    public static Operand previousYear(ParsedReport previous, String key) {
        return new Operand(previous, key, FindingBuilder.PREVIOUS_YEAR_PREFIX + key, false);
    }

    /** The value, or null when the cell is blank or absent. */
    public BigDecimal value() {
        return source.value(key);
    }

    public boolean missing() {
        return value() == null;
    }

    /** "blank" or "not found", for not-assessable messages. */
    public String whyMissingEn() {
        return source.has(key) ? "blank" : "not found";
    }

    public String whyMissingZh() {
        return source.has(key) ? "空白" : "未找到";
    }
}
