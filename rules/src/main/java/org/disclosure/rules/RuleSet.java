package org.disclosure.rules;

import java.util.List;
import org.disclosure.rules.arithmetic.A01CarryBalance;
import org.disclosure.rules.arithmetic.A02OutcomeSum;
import org.disclosure.rules.arithmetic.A03ApplicantSum;
import org.disclosure.rules.arithmetic.A04AppealSum;
import org.disclosure.rules.arithmetic.A05WholeCounts;
import org.disclosure.rules.history.Y01CarryOverMatchesLastYear;
import org.disclosure.rules.history.Y02InForceBalance;
import org.disclosure.rules.history.Y03CopiedNarrative;
import org.disclosure.rules.narrative.Q01RepeatedText;
import org.disclosure.rules.narrative.Q02ProblemsSection;
import org.disclosure.rules.narrative.X01NarrativeContradictsTables;
import org.disclosure.rules.quality.Q03PublicationDeadline;
import org.disclosure.rules.quality.Q04BlankCells;
import org.disclosure.rules.quality.Q05NonstandardLabels;
import org.disclosure.rules.structure.S01MissingSection;
import org.disclosure.rules.structure.S02MissingTable;
import org.disclosure.rules.structure.S03FormatFitsYear;
import org.disclosure.rules.structure.S04RowCellCount;

/**
 * A versioned list of rules. The version is stored with every validation result so that a report can be
 * re-validated when the rules change; bump it whenever a rule's logic, threshold or wording changes.
 */
public record RuleSet(String version, List<Rule> rules) {

    public static final String CURRENT_VERSION = "2026.11-2";

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public static RuleSet current() {
        return new RuleSet(CURRENT_VERSION, List.of(
                new S01MissingSection(),
                new S02MissingTable(),
                new S03FormatFitsYear(),
                new S04RowCellCount(),
                new A01CarryBalance(),
                new A02OutcomeSum(),
                new A03ApplicantSum(),
                new A04AppealSum(),
                new A05WholeCounts(),
                new X01NarrativeContradictsTables(),
                new Y01CarryOverMatchesLastYear(),
                new Y02InForceBalance(),
                new Y03CopiedNarrative(),
                new Q01RepeatedText(),
                new Q02ProblemsSection(),
                new Q03PublicationDeadline(),
                new Q04BlankCells(),
                new Q05NonstandardLabels()));
    }
}
