package org.disclosure.stats.comparison;

import java.util.List;

/** The two findings lists side by side: violations fixed, new and still present. */
public record FindingsComparison(List<FindingChange> fixed, List<FindingChange> added, List<FindingChange> stillPresent) {
}
