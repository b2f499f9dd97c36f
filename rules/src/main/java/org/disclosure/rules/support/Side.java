package org.disclosure.rules.support;

import java.util.List;

/** One side of an equation: a label a supervisor recognises on the printed table, and the cells it adds up. */
public record Side(String labelZh, String labelEn, List<Operand> operands) {

    public Side {
        operands = List.copyOf(operands);
    }
}
