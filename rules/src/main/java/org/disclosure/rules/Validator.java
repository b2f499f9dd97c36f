package org.disclosure.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.TextNormalizer;

/** Runs every rule of a rule set over a report. Thread-safe: rules hold no state. */
public final class Validator {

    private final RuleSet ruleSet;

    public Validator() {
        this(RuleSet.current());
    }

    public Validator(RuleSet ruleSet) {
        this.ruleSet = Objects.requireNonNull(ruleSet);
    }

    public String ruleSetVersion() {
        return ruleSet.version();
    }

    public List<Rule> rules() {
        return ruleSet.rules();
    }

    /** The findings of all rules in catalog order; an empty list means every rule was assessed and passed. */
    public List<Finding> validate(ParsedReport report, ValidationContext context) {
        Objects.requireNonNull(report, "report");
        ValidationContext effective = context == null ? ValidationContext.none() : context;
        return TextNormalizer.once(() -> {
            List<Finding> findings = new ArrayList<>();
            for (Rule rule : ruleSet.rules()) {
                findings.addAll(runGuarded(rule, report, effective));
            }
            return List.copyOf(findings);
        });
    }

    /**
     * Runs {@code work}, in which the validations share what each report's text costs (normalized paragraphs, prose,
     * sentences, clauses, Y03's folded prose and shingles), remembered by the identity of the report's objects. For
     * re-validation, which checks an agency's years one after the other: each year's report is then read once,
     * not again as the next year's previous year. Everything is held until {@code work} returns, so it is for the
     * reports of one agency, not for a whole history.
     */
    public <T> T sharingTextWork(Supplier<T> work) {
        return TextNormalizer.once(work);
    }

    // A defect in one rule must not cost the supervisor the other rules' findings, nor pass silently.
    private static List<Finding> runGuarded(Rule rule, ParsedReport report, ValidationContext context) {
        try {
            return rule.check(report, context);
        } catch (RuntimeException e) {
            return List.of(FindingBuilder.notAssessable(rule)
                    .message("规则 " + rule.id() + " 执行出错，未能核对：" + e,
                            "Rule " + rule.id() + " failed and could not be assessed: " + e)
                    .build());
        }
    }
}
