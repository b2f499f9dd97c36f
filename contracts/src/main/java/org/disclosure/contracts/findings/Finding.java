package org.disclosure.contracts.findings;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.SourceLocation;

/**
 * One result of a rule that did not simply pass.
 *
 * @param rule      rule id from DOMAIN.md, e.g. "A01"
 * @param severity  error, warning or info
 * @param status    violated, or not assessable when the rule's inputs are missing
 * @param cells     canonical keys of the cells involved
 * @param values    the values found, by cell key (a null value is a blank cell)
 * @param expected  for arithmetic rules, the value the checked cell should hold
 * @param locations where the involved values stand in the source
 * @param messageZh what a supervisor reads, in Chinese
 * @param messageEn the same in English
 */
public record Finding(
        String rule,
        Severity severity,
        FindingStatus status,
        List<String> cells,
        Map<String, BigDecimal> values,
        BigDecimal expected,
        List<SourceLocation> locations,
        String messageZh,
        String messageEn) {
}
