package org.disclosure.rules.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.rules.Rule;

/**
 * Evaluates an {@link Equation} with tolerance 0. Blank cells count as missing: a blank where 0 was meant is
 * reported by Q04, and guessing 0 here could hide or invent an arithmetic error.
 */
public final class EquationCheck {

    private EquationCheck() {
    }

    /**
     * Checks each unit. When not one input of any unit is present the table itself is missing (S02 says so);
     * one NOT_ASSESSABLE finding then stands for all units instead of one per column.
     */
    public static List<Finding> checkAll(Rule rule, List<Equation> equations, Message whatIsMissing) {
        if (nothingPresent(equations)) {
            return List.of(FindingBuilder.notAssessable(rule).message(whatIsMissing.zh(), whatIsMissing.en()).build());
        }
        List<Finding> findings = new ArrayList<>();
        for (Equation equation : equations) check(rule, equation).ifPresent(findings::add);
        return findings;
    }

    private static boolean nothingPresent(List<Equation> equations) {
        for (Equation equation : equations) {
            if (anyPresent(equation.left()) || anyPresent(equation.right())) return false;
        }
        return true;
    }

    private static boolean anyPresent(Side side) {
        for (Operand operand : side.operands()) {
            if (operand.source().has(operand.key())) return true;
        }
        return false;
    }

    /** Empty when the identity holds; a VIOLATED finding when it does not; NOT_ASSESSABLE when inputs are missing. */
    public static Optional<Finding> check(Rule rule, Equation equation) {
        // each cell is looked up once: a report's identities read several hundred cells
        List<Operand> missing = new ArrayList<>(0);
        BigDecimal left = sum(equation.left(), missing);
        BigDecimal right = sum(equation.right(), missing);
        if (!missing.isEmpty()) return Optional.of(notAssessable(rule, equation, missing));
        if (left.compareTo(right) == 0) return Optional.empty();
        String difference = Numbers.format(left.subtract(right).abs());
        FindingBuilder finding = FindingBuilder.violated(rule).expected(left)
                .message(equation.unitZh() + "：" + equation.left().labelZh() + " = " + Numbers.format(left) + "，"
                                + equation.right().labelZh() + " = " + Numbers.format(right) + "，相差 " + difference,
                        equation.unitEn() + ": " + equation.left().labelEn() + " = " + Numbers.format(left) + " but "
                                + equation.right().labelEn() + " = " + Numbers.format(right)
                                + " (difference " + difference + ")");
        addOperands(finding, equation.operands());
        return Optional.of(finding.build());
    }

    /** The signed sum of a side's cells; the missing ones are added to {@code missing} instead (the sum is then meaningless). */
    private static BigDecimal sum(Side side, List<Operand> missing) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Operand operand : side.operands()) {
            BigDecimal value = operand.value();
            if (value == null) missing.add(operand);
            else sum = operand.negative() ? sum.subtract(value) : sum.add(value);
        }
        return sum;
    }

    private static Finding notAssessable(Rule rule, Equation equation, List<Operand> missing) {
        String missingZh = missing.stream().map(o -> o.shownAs() + "（" + o.whyMissingZh() + "）")
                .collect(Collectors.joining("、"));
        String missingEn = missing.stream().map(o -> o.shownAs() + " (" + o.whyMissingEn() + ")")
                .collect(Collectors.joining(", "));
        FindingBuilder finding = FindingBuilder.notAssessable(rule)
                .message(equation.unitZh() + "：无法核对 " + equation.left().labelZh() + " = "
                                + equation.right().labelZh() + "，缺少 " + missingZh,
                        equation.unitEn() + ": cannot check " + equation.left().labelEn() + " = "
                                + equation.right().labelEn() + ", missing " + missingEn);
        addOperands(finding, missing);
        return finding.build();
    }

    private static void addOperands(FindingBuilder finding, List<Operand> operands) {
        for (Operand operand : operands) finding.cell(operand.source(), operand.key(), operand.shownAs());
    }
}
