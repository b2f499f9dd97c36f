package org.disclosure.stats.comparison;

import java.util.List;
import java.util.UUID;

/**
 * Two reports compared: usually one agency's report against its report for the year before (left = earlier).
 * {@code cells} holds every canonical cell either report has, in the order of the cell catalog.
 */
public record ReportComparison(Side left, Side right, boolean sameAgency, int cellsCompared, int cellsChanged,
        int cellsImplausible, int carryOverInconsistent, List<CellChange> cells, NarrativeComparison narrative,
        FindingsComparison findings) {

    public record Side(UUID id, String agency, String regionCode, Integer year, String format) {
    }
}
