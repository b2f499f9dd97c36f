package org.disclosure.dashboard.view;

import java.util.List;
import java.util.stream.Collectors;
import org.disclosure.dashboard.client.Comparison;

/** Builds the 对比 page's rows from stats-service's comparison. */
public final class ComparisonPages {

    private ComparisonPages() {
    }

    /** The changed or flagged cells, or every cell when {@code all}. */
    public static List<ComparisonPage.CellRow> rows(Comparison comparison, boolean all) {
        return comparison.cells().stream()
                .filter(cell -> all || cell.changed() || cell.implausible() || inconsistent(cell))
                .map(cell -> new ComparisonPage.CellRow(cell.key(), cell.label(),
                        cell.inLeft() ? Numbers.count(cell.left()) : "未读取",
                        cell.inRight() ? Numbers.count(cell.right()) : "未读取",
                        Numbers.signed(cell.absolute()),
                        cell.relative() == null ? "" : Numbers.percent(cell.relative()),
                        cell.changed(), cell.implausible() || inconsistent(cell),
                        cell.implausibleReason() == null ? "" : cell.implausibleReason(),
                        cell.checks() == null ? "" : cell.checks().stream()
                                .map(check -> check.rule() + (Boolean.FALSE.equals(check.consistent()) ? " 不一致：" : "：")
                                        + check.explanation())
                                .collect(Collectors.joining("；"))))
                .toList();
    }

    private static boolean inconsistent(Comparison.Cell cell) {
        return cell.checks() != null && cell.checks().stream().anyMatch(c -> Boolean.FALSE.equals(c.consistent()));
    }
}
