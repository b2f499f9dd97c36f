package org.disclosure.rules;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;

/**
 * One check of the rule catalog (DOMAIN.md, "The rules a validator checks").
 *
 * <p>A rule returns nothing when it passes, VIOLATED findings for what it found, and a NOT_ASSESSABLE
 * finding when its inputs are missing — a rule must never pass silently for lack of data.
 */
public interface Rule {

    /** The reference text: id, severity, what, why and how to fix. */
    RuleReference reference();

    List<Finding> check(ParsedReport report, ValidationContext context);

    default String id() {
        return reference().id();
    }

    default Severity severity() {
        return reference().severity();
    }
}
