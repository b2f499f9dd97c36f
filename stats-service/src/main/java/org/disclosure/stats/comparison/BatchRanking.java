package org.disclosure.stats.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Orders a batch: implausible changes first, then the share of changed cells, the copied share and the number of new
 * violations; and gives every row its rank by each of the three measures.
 */
public final class BatchRanking {

    public static final Comparator<AgencyChange> ORDER = Comparator
            .comparingInt(AgencyChange::cellsImplausible).reversed()
            .thenComparing(Comparator.comparingDouble(AgencyChange::changedShare).reversed())
            .thenComparing(Comparator.comparingDouble((AgencyChange row) -> copied(row)).reversed())
            .thenComparing(Comparator.comparingInt((AgencyChange row) -> row.newFindings().size()).reversed())
            .thenComparing(AgencyChange::regionCode, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(AgencyChange::agency, Comparator.nullsLast(Comparator.naturalOrder()));

    private BatchRanking() {
    }

    public static List<AgencyChange> rank(List<AgencyChange> rows) {
        Map<AgencyChange, Integer> changed = ranks(rows, AgencyChange::changedShare);
        Map<AgencyChange, Integer> copied = ranks(rows, BatchRanking::copied);
        Map<AgencyChange, Integer> added = ranks(rows, row -> row.newFindings().size());
        List<AgencyChange> ranked = new ArrayList<>();
        for (AgencyChange row : rows) ranked.add(row.ranked(changed.get(row), copied.get(row), added.get(row)));
        ranked.sort(ORDER);
        return ranked;
    }

    private static double copied(AgencyChange row) {
        return row.copiedShare() == null ? -1 : row.copiedShare();
    }

    /** Competition ranks, highest first; equal values share the rank of the first of them. */
    private static Map<AgencyChange, Integer> ranks(List<AgencyChange> rows, ToDoubleFunction<AgencyChange> measure) {
        List<AgencyChange> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingDouble(measure).reversed());
        Map<AgencyChange, Integer> ranks = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            AgencyChange row = ordered.get(i);
            boolean tie = i > 0 && measure.applyAsDouble(ordered.get(i - 1)) == measure.applyAsDouble(row);
            ranks.put(row, tie ? ranks.get(ordered.get(i - 1)) : i + 1);
        }
        return ranks;
    }
}
