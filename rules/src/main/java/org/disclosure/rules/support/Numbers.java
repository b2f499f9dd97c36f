package org.disclosure.rules.support;

import java.math.BigDecimal;

/** How numbers appear in messages: plain notation without trailing zeros ("5", not "5.00" or "5E+1"). */
public final class Numbers {

    private Numbers() {
    }

    public static String format(BigDecimal value) {
        if (value == null) return "—";
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    public static boolean isWhole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}
