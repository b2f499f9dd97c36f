package org.disclosure.parser.internal.text;

import java.math.BigDecimal;

/**
 * Reads the value of one table cell. Counts are integers; the fee and procurement amounts are
 * decimals in 万元 whatever unit was printed; 2019-format changes carry a sign. Parsed by hand rather
 * than with a regular expression because every cell of every report passes through here.
 */
public final class CellValue {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final String[] UNITS = {"万元", "元", "万", "件", "条", "个", "项", "次", "人"};

    private CellValue() {
    }

    /** Whether a normalised cell text is a value at all (a number or a "no value" mark). */
    public static boolean isValue(String label) {
        if (label.isEmpty()) return false;
        char first = label.charAt(0);
        boolean mayBeNumber = first == '+' || first == '-' || (first >= '0' && first <= '9');
        if (mayBeNumber && numberEnd(label) >= 0) return true;
        return isNoValueMark(label);
    }

    /** "/", "-", "—", "无" and the like: the cell exists but holds no number. */
    static boolean isNoValueMark(String label) {
        return switch (label) {
            case "/", "-", "--", "—", "——", "无", "\\", "空", "―", "一" -> true;
            default -> false;
        };
    }

    /** The number in a cell, null for a blank or "no value" cell; amounts are converted to 万元. */
    public static BigDecimal read(String label, boolean amountInTenThousands) {
        if (label.isEmpty() || isNoValueMark(label)) return null;
        int end = numberEnd(label);
        if (end < 0) return null;
        String number = label.substring(0, end).replace(",", "").replace("+", "");
        BigDecimal value = new BigDecimal(number);
        if (amountInTenThousands && label.startsWith("元", end)) value = value.divide(TEN_THOUSAND);
        return canonical(value);
    }

    /**
     * Where the number part of a cell ends, when the cell is a number optionally followed by one unit:
     * an optional sign, digits (thousands separated by commas in groups of three), an optional fraction.
     * Returns -1 for anything else.
     */
    private static int numberEnd(String label) {
        int i = 0;
        int length = label.length();
        if (i < length && (label.charAt(i) == '+' || label.charAt(i) == '-')) i++;
        int digitsStart = i;
        int groupLength = 0;
        boolean grouped = false;
        while (i < length) {
            char c = label.charAt(i);
            if (c >= '0' && c <= '9') {
                groupLength++;
            } else if (c == ',' && groupLength > 0 && (grouped ? groupLength == 3 : groupLength <= 3)) {
                grouped = true;
                groupLength = 0;
            } else {
                break;
            }
            i++;
        }
        if (i == digitsStart || groupLength == 0 || grouped && groupLength != 3) return -1;
        if (i < length && label.charAt(i) == '.') {
            int fractionStart = ++i;
            while (i < length && label.charAt(i) >= '0' && label.charAt(i) <= '9') i++;
            if (i == fractionStart) return -1;
        }
        int end = i;
        if (end == length) return end;
        for (String unit : UNITS) {
            if (label.length() - end == unit.length() && label.startsWith(unit, end)) return end;
        }
        return -1;
    }

    /** Plain scale: 25.1 rather than 25.1000, 1234 rather than 1.234E+3. */
    private static BigDecimal canonical(BigDecimal value) {
        if (value.signum() == 0) return BigDecimal.ZERO;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
