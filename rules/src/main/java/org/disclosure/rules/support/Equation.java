package org.disclosure.rules.support;

import java.util.ArrayList;
import java.util.List;

/**
 * An identity the tables must satisfy within one unit (a column, a row, a group). By convention the left
 * side is the reference (the parts, last year's figure) and the right side holds the checked cell, so the
 * left sum is what a finding reports as {@code expected}.
 *
 * @param unitZh where the identity applies, e.g. "表三 自然人 列"
 */
public record Equation(String unitZh, String unitEn, Side left, Side right) {

    public List<Operand> operands() {
        List<Operand> all = new ArrayList<>(left.operands());
        all.addAll(right.operands());
        return all;
    }
}
