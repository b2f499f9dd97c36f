package org.disclosure.parser;

import java.util.List;

/**
 * One row of a standard table: the words that identify its label and the canonical keys of its cells.
 *
 * @param keyPrefix  the key stem, e.g. "apply.denied.state_secret"; null for a group heading without cells
 * @param columns    the key suffixes in printed order, e.g. "natural" … "total"
 * @param keywords   words of the label, matched in the label's comparable form
 * @param exactLabel the label is a short common word ("其他", "总计") that must be the whole label, not part of one
 * @param sums       the arithmetic printed on the table between this row's cells
 */
record RowSpec(String keyPrefix, List<String> columns, List<String> keywords, boolean exactLabel, List<ColumnSum> sums) {

    static RowSpec heading(String... keywords) {
        return new RowSpec(null, List.of(), List.of(keywords), false, List.of());
    }

    boolean hasCells() {
        return !columns.isEmpty();
    }

    String key(int column) {
        return keyPrefix.isEmpty() ? columns.get(column) : keyPrefix + "." + columns.get(column);
    }

    boolean matchesWhole(String labelWithoutNumbering) {
        return keywords.contains(labelWithoutNumbering);
    }

    /** Position of the first keyword in the label from {@code from}, or -1; sets nothing. */
    int indexIn(String label, int from) {
        int best = -1;
        for (String keyword : keywords) {
            int at = label.indexOf(keyword, from);
            if (at >= 0 && (best < 0 || at < best)) best = at;
        }
        return best;
    }

    /** The end of the keyword found at {@code at}. */
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
