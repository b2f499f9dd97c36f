package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a standard table: the words that identify its label and the canonical keys of its cells.
 * Immutable; the keys are built once since every parse writes them.
 */
final class RowSpec {

    private final String keyPrefix;
    private final List<String> columns;
    private final List<String> keywords;
    private final boolean exactLabel;
    private final List<ColumnSum> sums;
    private final List<String> keys;

    /**
     * @param keyPrefix  the key stem, e.g. "apply.denied.state_secret" ("" when columns are whole keys);
     *                   null for a group heading without cells
     * @param columns    the key suffixes in printed order, e.g. "natural" … "total"
     * @param keywords   words of the label, matched in the label's comparable form
     * @param exactLabel the label is a short common word ("其他", "总计") that must be the whole label
     * @param sums       the arithmetic printed on the table between this row's cells
     */
    RowSpec(String keyPrefix, List<String> columns, List<String> keywords, boolean exactLabel, List<ColumnSum> sums) {
        this.keyPrefix = keyPrefix;
        this.columns = List.copyOf(columns);
        this.keywords = List.copyOf(keywords);
        this.exactLabel = exactLabel;
        this.sums = List.copyOf(sums);
        List<String> built = new ArrayList<>(columns.size());
        for (String column : columns) built.add(keyPrefix.isEmpty() ? column : keyPrefix + "." + column);
        this.keys = List.copyOf(built);
    }

    static RowSpec heading(String... keywords) {
        return new RowSpec("", List.of(), List.of(keywords), false, List.of());
    }

    String keyPrefix() {
        return keyPrefix;
    }

    List<String> columns() {
        return columns;
    }

    boolean exactLabel() {
        return exactLabel;
    }

    List<ColumnSum> sums() {
        return sums;
    }

    boolean hasCells() {
        return !columns.isEmpty();
    }

    String key(int column) {
        return keys.get(column);
    }

    List<String> keys() {
        return keys;
    }

    boolean matchesWhole(String labelWithoutNumbering) {
        return keywords.contains(labelWithoutNumbering);
    }

    /** Position of the first keyword in the label at or after {@code from}, or -1. */
    int indexIn(String label, int from) {
        int best = -1;
        for (String keyword : keywords) {
            int at = label.indexOf(keyword, from);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    /** The end of the longest keyword found at {@code at}. */
    int matchEnd(String label, int at) {
        int end = at;
        for (String keyword : keywords) {
            if (label.startsWith(keyword, at)) end = Math.max(end, at + keyword.length());
        }
        return end;
    }

    /** A printed identity between cells of one row: cell {@code total} = the sum of {@code parts}. */
    record ColumnSum(int total, int... parts) {
    }
}
