package org.disclosure.parser.internal.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.parser.internal.table.RowSpec.ColumnSum;
import org.disclosure.parser.internal.text.CellValue;
import org.disclosure.parser.internal.text.Token;

/**
 * Fits the cells found for a row onto the columns the format prints. When a row has cells too many,
 * the alignment drops cells (blank ones first); when it has cells too few, it leaves columns empty.
 * Among all such alignments it prefers the one that contradicts the table's own arithmetic least
 * (总计 = the sum of its parts), and when the arithmetic cannot tell, it fills columns left to right.
 */
final class RowAligner {

    /** Beyond this many candidate alignments the row is too damaged to search; fill left to right. */
    private static final int MAX_CANDIDATES = 20_000;

    private RowAligner() {
    }

    /**
     * @return one entry per column: the cell placed there, or null where no cell was found
     */
    static List<Token> align(List<Token> cells, RowSpec spec) {
        int columns = spec.columns().size();
        if (cells.size() == columns) return cells;
        if (cells.size() > columns) return bestDrop(cells, columns, spec.sums());
        return bestInsertion(cells, columns, spec.sums());
    }

    private static List<Token> bestDrop(List<Token> cells, int columns, List<ColumnSum> sums) {
        int surplus = cells.size() - columns;
        if (binomial(cells.size(), surplus) > MAX_CANDIDATES) return cells.subList(0, columns);
        Candidate best = null;
        // Tried from the last combination backwards: on equal evidence the trailing cells are the surplus.
        List<int[]> drops = combinations(cells.size(), surplus);
        for (int c = drops.size() - 1; c >= 0; c--) {
            int[] dropped = drops.get(c);
            List<Token> kept = new ArrayList<>(columns);
            int droppedValues = 0;
            int next = 0;
            for (int i = 0; i < cells.size(); i++) {
                if (next < dropped.length && dropped[next] == i) {
                    next++;
                    if (!cells.get(i).isBlank()) droppedValues++;
                } else {
                    kept.add(cells.get(i));
                }
            }
            Candidate candidate = new Candidate(kept, fit(kept, sums), droppedValues);
            if (best == null || candidate.isBetterThan(best)) best = candidate;
        }
        return best.cells;
    }

    private static List<Token> bestInsertion(List<Token> cells, int columns, List<ColumnSum> sums) {
        int missing = columns - cells.size();
        if (binomial(columns, missing) > MAX_CANDIDATES) return padRight(cells, columns);
        Candidate best = null;
        // Combinations come in lexicographic order; iterating them backwards tries "missing at the end"
        // first, so on equal arithmetic the earliest columns are the ones filled.
        List<int[]> gapsList = combinations(columns, missing);
        for (int c = gapsList.size() - 1; c >= 0; c--) {
            int[] gaps = gapsList.get(c);
            List<Token> placed = new ArrayList<>(columns);
            int next = 0;
            int source = 0;
            for (int column = 0; column < columns; column++) {
                if (next < gaps.length && gaps[next] == column) {
                    placed.add(null);
                    next++;
                } else {
                    placed.add(cells.get(source++));
                }
            }
            Candidate candidate = new Candidate(placed, fit(placed, sums), 0);
            if (best == null || candidate.isBetterThan(best)) best = candidate;
        }
        return best.cells;
    }

    private static List<Token> padRight(List<Token> cells, int columns) {
        List<Token> padded = new ArrayList<>(cells);
        while (padded.size() < columns) padded.add(null);
        return padded;
    }

    /**
     * How well an alignment fits the printed sums. A sum is violated when its parts add up to more than
     * its total, or, all parts present, to anything else. A sum is evidence for the alignment when a
     * non-zero total equals its parts (a missing part then being 0); zeros prove nothing, since any
     * arrangement of zeros adds up. Blank cells count as 0, as a blank part usually means none.
     */
    static Fit fit(List<Token> row, List<ColumnSum> sums) {
        int violations = 0;
        int evidence = 0;
        for (ColumnSum sum : sums) {
            Token totalCell = row.get(sum.total());
            if (totalCell == null) continue;
            BigDecimal total = valueOrZero(totalCell);
            BigDecimal parts = BigDecimal.ZERO;
            boolean partMissing = false;
            for (int part : sum.parts()) {
                Token cell = row.get(part);
                if (cell == null) partMissing = true;
                else parts = parts.add(valueOrZero(cell));
            }
            int comparison = parts.compareTo(total);
            if (comparison > 0 || comparison != 0 && !partMissing) violations++;
            else if (comparison == 0 && total.signum() != 0) evidence++;
        }
        return new Fit(violations, evidence);
    }

    /** The result of checking an alignment against the printed sums. */
    record Fit(int violations, int evidence) {
        boolean isBetterThan(Fit other) {
            if (violations != other.violations) return violations < other.violations;
            return evidence > other.evidence;
        }

        boolean isEquallyGood(Fit other) {
            return violations == other.violations && evidence == other.evidence;
        }
    }

    private static BigDecimal valueOrZero(Token cell) {
        BigDecimal value = CellValue.read(cell.label(), true);
        return value == null ? BigDecimal.ZERO : value;
    }

    private record Candidate(List<Token> cells, Fit fit, int droppedValues) {
        boolean isBetterThan(Candidate other) {
            if (!fit.isEquallyGood(other.fit)) return fit.isBetterThan(other.fit);
            return droppedValues < other.droppedValues;
        }
    }

    /** All ways to choose k of n positions, each as ascending indexes, in lexicographic order. */
    static List<int[]> combinations(int n, int k) {
        List<int[]> result = new ArrayList<>();
        int[] current = new int[k];
        for (int i = 0; i < k; i++) current[i] = i;
        if (k > n) return result;
        while (true) {
            result.add(Arrays.copyOf(current, k));
            int i = k - 1;
            while (i >= 0 && current[i] == n - k + i) i--;
            if (i < 0) return result;
            current[i]++;
            for (int j = i + 1; j < k; j++) current[j] = current[j - 1] + 1;
        }
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
            if (result > MAX_CANDIDATES) return result;
        }
        return result;
    }
}
