package org.disclosure.dashboard.view;

import java.util.List;
import org.disclosure.dashboard.client.Comparison;

/**
 * 对比: two reports side by side (stats-service's comparison). {@code comparison} is null until two reports
 * (or one report and its year before) are chosen.
 */
public record ComparisonPage(String report, String left, String right, Comparison comparison, List<CellRow> cells,
        boolean allCells) {

    /** A compared cell as the table shows it. */
    public record CellRow(String key, String label, String left, String right, String absolute, String relative,
            boolean changed, boolean implausible, String reason, String checks) {
    }

    public String copiedShare() {
        return comparison == null || comparison.narrative() == null || comparison.narrative().copiedShare() == null
                ? "—" : Numbers.percent(java.math.BigDecimal.valueOf(comparison.narrative().copiedShare()));
    }
}
