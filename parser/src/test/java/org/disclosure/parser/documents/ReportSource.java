package org.disclosure.parser.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A test report written once as a grid (src/test/resources/documents/*.grid.txt) from which every
 * format is generated: paragraphs are lines without tabs, tables are runs of tab-separated lines in
 * which "&lt;" marks a slot merged with the cell to its left and "^" a slot merged with the cell above.
 * The plain-text version replaces the marks by empty fields, as converters print merged cells.
 */
public record ReportSource(List<Block> blocks) {

    /** A paragraph or a table, in document order. */
    public sealed interface Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A table as a grid of slots: text, "&lt;" or "^". */
    public record Table(List<List<String>> slots) implements Block {

        public int rows() {
            return slots.size();
        }

        public int columns() {
            return slots.getFirst().size();
        }

        public String slot(int row, int column) {
            return slots.get(row).get(column);
        }

        /** Whether a slot begins a cell (is neither merged left nor merged up). */
        public boolean isOrigin(int row, int column) {
            return !isMark(slot(row, column));
        }

        /** How many columns the cell at an origin spans. */
        public int columnSpan(int row, int column) {
            int span = 1;
            while (column + span < columns() && slot(row, column + span).equals("<")) span++;
            return span;
        }

        /** How many rows the cell at an origin spans. */
        public int rowSpan(int row, int column) {
            int span = 1;
            while (row + span < rows() && slot(row + span, column).equals("^")) span++;
            return span;
        }

        /** The leading rows with no number in them: the header a table repeats on each page. */
        public int headerRows() {
            int r = 0;
            while (r < rows() && slots.get(r).stream().noneMatch(s -> s.matches("[\\d,.]+"))) r++;
            return r;
        }

        static boolean isMark(String slot) {
            return slot.equals("<") || slot.equals("^");
        }
    }

    public static ReportSource load(String name) {
        try (InputStream in = ReportSource.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A committed document of src/test/resources/documents, as bytes. */
    public static byte[] bytes(String name) {
        try (InputStream in = ReportSource.class.getResourceAsStream("/documents/" + name)) {
            if (in == null) throw new IllegalStateException("missing " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ReportSource parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<List<String>> table = null;
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            if (line.indexOf('\t') >= 0) {
                if (table == null) table = new ArrayList<>();
                table.add(List.of(line.split("\t", -1)));
            } else {
                if (table != null) blocks.add(new Table(table));
                table = null;
                blocks.add(new Paragraph(line.strip()));
            }
        }
        if (table != null) blocks.add(new Table(table));
        return new ReportSource(List.copyOf(blocks));
    }

    /**
     * A report text as converters print it (paragraph lines, tab-separated table rows of any width), as a source to
     * write documents from: each run of table rows becomes one table, its short rows filled with blank slots.
     */
    public static ReportSource ofText(String text) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : parse(text).blocks()) {
            if (block instanceof Table table) {
                int width = table.slots().stream().mapToInt(List::size).max().orElse(1);
                List<List<String>> rows = new ArrayList<>();
                for (List<String> row : table.slots()) {
                    List<String> padded = new ArrayList<>(row.stream().map(String::strip).toList());
                    while (padded.size() < width) padded.add("");
                    rows.add(List.copyOf(padded));
                }
                blocks.add(new Table(List.copyOf(rows)));
            } else {
                blocks.add(block);
            }
        }
        return new ReportSource(List.copyOf(blocks));
    }

    /** The report as a converter would print it to text: tab-separated rows, merged slots empty. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                for (List<String> row : t.slots()) {
                    out.append(String.join("\t", row.stream().map(s -> Table.isMark(s) ? "" : s).toList())).append('\n');
                }
            }
        }
        return out.toString();
    }
}
