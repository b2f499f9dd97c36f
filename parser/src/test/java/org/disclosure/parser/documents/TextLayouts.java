package org.disclosure.parser.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A {@link ReportSource} printed as the text layouts converters produce: tab-separated rows, markdown
 * pipe tables and fixed-width columns ({@code pdftotext -layout}: labels left-aligned, numbers
 * right-aligned, a blank cell only spaces). Merged slots print as empty fields. Rows may be ragged:
 * tests change a grid to plant what a real report does.
 */
public final class TextLayouts {

    private TextLayouts() {
    }

    public static String tabs(ReportSource source) {
        return print(source, row -> String.join("\t", row));
    }

    public static String pipes(ReportSource source) {
        return print(source, row -> "| " + String.join(" | ", row) + " |");
    }

    public static String fixedWidth(ReportSource source) {
        StringBuilder out = new StringBuilder();
        for (ReportSource.Block block : source.blocks()) {
            if (block instanceof ReportSource.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof ReportSource.Table t) {
                fixedWidth(t, out);
            }
        }
        return out.toString();
    }

    /**
     * A table as {@code pdftotext -layout} prints one: every column at a fixed position, as wide as its
     * widest unmerged slot; labels left of the first number column left-aligned, everything else
     * centred in the columns it spans; merged and empty slots only spaces.
     */
    private static void fixedWidth(ReportSource.Table t, StringBuilder out) {
        List<List<String>> rows = t.slots();
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        int firstNumber = columns;
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                boolean spans = c + 1 < row.size() && row.get(c + 1).equals("<");
                if (!spans && !ReportSource.Table.isMark(row.get(c))) widths[c] = Math.max(widths[c], row.get(c).length());
                if (row.get(c).matches("[\\d,.]+")) firstNumber = Math.min(firstNumber, c);
            }
        }
        int[] starts = new int[columns + 1];
        for (int c = 0; c < columns; c++) starts[c + 1] = starts[c] + widths[c] + 3;
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String slot = row.get(c);
                if (ReportSource.Table.isMark(slot) || slot.isEmpty()) continue;
                int span = 1;
                while (c + span < row.size() && row.get(c + span).equals("<")) span++;
                int room = starts[c + span] - 3 - starts[c];
                int at = c < firstNumber ? starts[c] : starts[c] + Math.max(0, (room - slot.length() + 1) / 2);
                if (line.length() > 0 && at < line.length() + 2) at = line.length() + 2;
                line.append(" ".repeat(at - line.length())).append(slot);
            }
            out.append(line).append('\n');
        }
    }

    /** The source with every table changed by {@code change} (a copy of its rows, free to edit). */
    public static ReportSource withTables(ReportSource source, UnaryOperator<List<List<String>>> change) {
        List<ReportSource.Block> blocks = new ArrayList<>();
        for (ReportSource.Block block : source.blocks()) {
            if (block instanceof ReportSource.Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : t.slots()) rows.add(new ArrayList<>(row));
                blocks.add(new ReportSource.Table(change.apply(rows)));
            } else {
                blocks.add(block);
            }
        }
        return new ReportSource(blocks);
    }

    private static String print(ReportSource source, java.util.function.Function<List<String>, String> row) {
        StringBuilder out = new StringBuilder();
        for (ReportSource.Block block : source.blocks()) {
            if (block instanceof ReportSource.Paragraph p) out.append(p.text()).append('\n');
            else if (block instanceof ReportSource.Table t) printed(t).forEach(r -> out.append(row.apply(r)).append('\n'));
        }
        return out.toString();
    }

    private static List<List<String>> printed(ReportSource.Table t) {
        return t.slots().stream().map(r -> r.stream().map(s -> ReportSource.Table.isMark(s) ? "" : s).toList()).toList();
    }
}
