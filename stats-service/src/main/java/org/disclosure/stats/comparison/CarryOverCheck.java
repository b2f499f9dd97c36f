package org.disclosure.stats.comparison;

import java.math.BigDecimal;

/**
 * A cross-year identity on one cell of the right (later) report: Y01 (上年结转 = last year's 结转下年度继续办理) or
 * Y02 (现行有效 = last year's 现行有效 + 本年制发 − 本年废止); {@code cell} is the right report's cell checked.
 * {@code consistent} is null when an input is missing.
 */
public record CarryOverCheck(String rule, String cell, BigDecimal expected, BigDecimal actual, Boolean consistent,
        String explanation) {
}
