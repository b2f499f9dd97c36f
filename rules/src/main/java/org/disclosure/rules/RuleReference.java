package org.disclosure.rules;

import org.disclosure.contracts.findings.Severity;

/**
 * What a supervisor needs to know about a rule, in Chinese and English.
 *
 * @param id    rule id from DOMAIN.md, e.g. "A01"
 * @param whatZh what the rule checks
 * @param whyZh why it matters
 * @param fixZh how the agency fixes it
 */
public record RuleReference(
        String id,
        Severity severity,
        String whatZh,
        String whatEn,
        String whyZh,
        String whyEn,
        String fixZh,
        String fixEn) {
}
