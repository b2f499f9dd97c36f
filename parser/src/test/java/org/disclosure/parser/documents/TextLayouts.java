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
                List<List<String>> rows = printed(t);
                int columns = rows.stream().mapToInt(List::size).max().orElse(0);
                int[] widths = new int[columns];
                for (List<String> row : rows) {
                    for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).length());
                }
                for (List<String> row : rows) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 0; c < row.size(); c++) {
                        String slot = row.get(c);
                        boolean number = slot.matches("[\\d,.]+");
                        String pad = " ".repeat(widths[c] - slot.length());
                        line.append(c == 0 ? "" : "   ").append(number ? pad + slot : slot + pad);
                    }
                    out.append(line.toString().stripTrailing()).append('\n');
                }
            }
        }
        return out.toString();
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
