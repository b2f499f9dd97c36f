package org.disclosure.rules.support;

import java.math.BigDecimal;
import java.util.List;

/** One side of an equation: a label a supervisor recognises on the printed table, and the cells it adds up. */
public record Side(String labelZh, String labelEn, List<Operand> operands) {

    public Side {
        operands = List.copyOf(operands);
    }

    /** The signed sum; only meaningful when no operand is missing. */
    public BigDecimal sum() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Operand operand : operands) {
            sum = operand.negative() ? sum.subtract(operand.value()) : sum.add(operand.value());
        }
        return sum;
    }
}
