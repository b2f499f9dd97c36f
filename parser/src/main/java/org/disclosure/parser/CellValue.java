package org.disclosure.parser;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value of one table cell. Counts are integers; the fee and procurement amounts are
 * decimals in 万元 whatever unit was printed; 2019-format changes carry a sign.
 */
final class CellValue {

    private static final Pattern NUMBER = Pattern.compile(
            "([+-])?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(万元|元|万|件|条|个|项|次|人)?");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private CellValue() {
    }

    /** Whether a normalised cell text is a value at all (a number or a "no value" mark). */
    static boolean isValue(String label) {
        return isNoValueMark(label) || NUMBER.matcher(label).matches();
    }

    /** "/", "-", "—", "无" and the like: the cell exists but holds no number. */
    static boolean isNoValueMark(String label) {
        return switch (label) {
            case "/", "-", "--", "—", "——", "无", "\\", "空", "―", "一" -> true;
            default -> false;
        };
    }

    /** The number in a cell, null for a blank or "no value" cell; amounts are converted to 万元. */
    static BigDecimal read(String label, boolean amountInTenThousands) {
        if (label.isEmpty() || isNoValueMark(label)) return null;
        Matcher m = NUMBER.matcher(label);
        if (!m.matches()) return null;
        String digits = m.group(2).replace(",", "");
        String fraction = m.group(3);
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if ("-".equals(m.group(1))) value = value.negate();
        if (amountInTenThousands && "元".equals(m.group(4))) value = value.divide(TEN_THOUSAND);
        return canonical(value);
    }

    /** Plain scale: 25.1 rather than 25.1000, 1234 rather than 1.234E+3. */
    private static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) return BigDecimal.ZERO;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
