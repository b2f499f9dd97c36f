package org.disclosure.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.report.ParsedReport;

/**
 * Sums cells over several reports (an agency's years, a region's agencies) for {@link Indicators}.
 *
 * <p>A blank (null) or absent cell counts as missing, never as 0. {@link #complete()} holds only the keys every
 * added report has a number for: a regional figure with some reports missing would be silently too low, so it
 * is left undefined instead. {@link #partial()} sums whatever is there, and {@link #missingIn(String)} says how
 * many reports lacked a key, for callers that prefer a figure with a coverage note.
 */
public final class CellSums {

    private final Map<String, BigDecimal> sums = new LinkedHashMap<>();
    private final Map<String, Integer> present = new HashMap<>();
    private final Set<String> seenKeys = new LinkedHashSet<>();
    private int reports;

    public static CellSums of(Collection<ParsedReport> reports) {
        CellSums sums = new CellSums();
        reports.forEach(report -> sums.add(report.cells()));
        return sums;
    }

    public CellSums add(Map<String, BigDecimal> cells) {
        reports++;
        for (Map.Entry<String, BigDecimal> cell : cells.entrySet()) {
            seenKeys.add(cell.getKey());
            if (cell.getValue() == null) continue;
            sums.merge(cell.getKey(), cell.getValue(), BigDecimal::add);
            present.merge(cell.getKey(), 1, Integer::sum);
        }
        return this;
    }

    public int reports() {
        return reports;
    }

    /** Keys with a number in every added report, summed. */
    public Map<String, BigDecimal> complete() {
        Map<String, BigDecimal> complete = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            if (present.get(key) == reports) complete.put(key, sum);
        });
        return complete;
    }

    /** Every key with a number in at least one report, summed over those reports. */
    public Map<String, BigDecimal> partial() {
        return new LinkedHashMap<>(sums);
    }

    /** How many added reports have no number (blank or absent) for the key. */
    public int missingIn(String key) {
        return reports - present.getOrDefault(key, 0);
    }

    /** Keys seen in any report, with or without a number. */
    public Set<String> keys() {
        return Set.copyOf(seenKeys);
    }
}
