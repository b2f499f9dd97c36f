package org.disclosure.parser.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.ParsedReport;

/**
 * How much of a report OCR read exactly: the cells of the report read from the text PDF (what the page says) against
 * those read from its scan. A cell counts when the scan's report has the same key with the same value (blank for
 * blank).
 */
public record ScanAccuracy(int exact, int total, List<String> misread) {

    public static ScanAccuracy of(ParsedReport truth, ParsedReport read) {
        int exact = 0;
        List<String> misread = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> cell : truth.cells().entrySet()) {
            BigDecimal value = read.cells().get(cell.getKey());
            boolean same = read.cells().containsKey(cell.getKey()) && (value == null ? cell.getValue() == null
                    : cell.getValue() != null && value.compareTo(cell.getValue()) == 0);
            if (same) exact++;
            else misread.add(cell.getKey() + ": " + cell.getValue() + " read as " + value);
        }
        return new ScanAccuracy(exact, truth.cells().size(), List.copyOf(misread));
    }

    public double share() {
        return total == 0 ? 0 : exact / (double) total;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d/%d cells exact (%.2f %%)", exact, total, 100 * share());
    }
}
