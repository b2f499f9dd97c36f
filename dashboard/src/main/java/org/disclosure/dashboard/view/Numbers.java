package org.disclosure.dashboard.view;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How figures read on the pages: counts without trailing zeros, rates as percentages. */
public final class Numbers {

    private Numbers() {
    }

    /** A count or amount as written ("12", "3.5"); a dash for a blank value. */
    public static String count(BigDecimal value) {
        // the rules' findings write numbers this way: the page and the finding's message must agree
        return org.disclosure.rules.support.Numbers.format(value);
    }

    /** A rate (a fraction, 0.2500) as a percentage with one decimal ("25.0%"); "未定义" when undefined. */
    public static String percent(BigDecimal rate) {
        if (rate == null) return "未定义";
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A change of a rate in percentage points, signed ("+2.5 个百分点"); empty when unknown. */
    public static String percentPoints(BigDecimal change) {
        if (change == null) return "";
        BigDecimal points = change.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        return (points.signum() > 0 ? "+" : "") + points.toPlainString() + " 个百分点";
    }

    /** A change of a count, signed ("+12", "-3"); empty when unknown. */
    public static String signed(BigDecimal change) {
        if (change == null) return "";
        return (change.signum() > 0 ? "+" : "") + count(change);
    }
}
