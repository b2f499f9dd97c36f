package org.disclosure.stats.comparison;

import java.util.List;

/** A violated rule in one or both reports, matched by rule and cells: fixed (left only), new (right only), still present. */
public record FindingChange(String rule, String severity, List<String> cells, String leftMessage,
        String rightMessage, List<String> evidence) {
}
