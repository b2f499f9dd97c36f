package org.disclosure.stats.comparison;

import java.util.List;
import java.util.UUID;

/**
 * One agency's year-over-year change in a batch comparison: how much of its figures changed (and how implausibly),
 * how much of its narrative was copied, and which violations are new. The ranks order the batch by each measure
 * (1 = most; equal values share a rank).
 */
public record AgencyChange(String agency, String regionCode, UUID leftId, UUID rightId, int cellsCompared,
        int cellsChanged, double changedShare, int cellsImplausible, int carryOverInconsistent, Double copiedShare,
        boolean copied, List<String> newFindings, int fixedFindings, int stillPresentFindings, Integer rankChanged,
        Integer rankCopied, Integer rankNewFindings) {

    /** The batch row of one comparison, not yet ranked. */
    public static AgencyChange of(ReportComparison comparison) {
        double changedShare = comparison.cellsCompared() == 0 ? 0
                : Math.round(10_000.0 * comparison.cellsChanged() / comparison.cells().size()) / 10_000.0;
        return new AgencyChange(comparison.right().agency(), comparison.right().regionCode(), comparison.left().id(),
                comparison.right().id(), comparison.cellsCompared(), comparison.cellsChanged(), changedShare,
                comparison.cellsImplausible(), comparison.carryOverInconsistent(), comparison.narrative().copiedShare(),
                comparison.narrative().copied(),
                comparison.findings().added().stream().map(FindingChange::rule).toList(),
                comparison.findings().fixed().size(), comparison.findings().stillPresent().size(), null, null, null);
    }

    AgencyChange ranked(Integer changed, Integer copiedRank, Integer newFindingsRank) {
        return new AgencyChange(agency, regionCode, leftId, rightId, cellsCompared, cellsChanged, changedShare,
                cellsImplausible, carryOverInconsistent, copiedShare, copied, newFindings, fixedFindings,
                stillPresentFindings, changed, copiedRank, newFindingsRank);
    }
}
