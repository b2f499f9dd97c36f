package org.disclosure.dashboard.view;

import java.util.List;

/**
 * A finding as the detail page shows it: rule, what the rule checks, the message, the evidence (values found,
 * expected value, where they stand) and, for a narrative rule, the sentence it is about.
 *
 * @param anchor   id of the finding on the page, for links from the highlighted cells
 * @param violated false for "not assessable" (shown, never highlighted)
 */
public record FindingView(String anchor, String rule, String ruleName, String severity, String severityLabel,
        boolean violated, String message, List<String> evidence, List<String> cells, NarrativeQuote narrative) {
}
