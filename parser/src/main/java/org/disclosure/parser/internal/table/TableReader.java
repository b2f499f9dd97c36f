package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.disclosure.parser.internal.limit.Budget;
import java.util.Map;
import java.util.Set;
import org.disclosure.parser.internal.text.DelimitedLine;
import org.disclosure.parser.internal.text.LabelText;
import org.disclosure.parser.internal.text.LineRange;
import org.disclosure.parser.internal.text.Narrative;
import org.disclosure.parser.internal.text.SourceDocument;
import org.disclosure.parser.internal.text.Token;

/**
 * Reads the rows of one table from the cells of its section, whatever the layout. The cells are read
 * as one stream: a row starts at the label recognised by its key words and owns the cells that follow
 * until the next label. Rows broken across lines or pages, one cell per line, labels split over
 * several cells and repeated headers therefore all read the same way.
 */
public final class TableReader {

    /**
     * How far ahead of the expected row a short common label ("其他", "总计") may be recognised; further
     * away such a word is a column header, not a row.
     */
    private static final int EXACT_LABEL_REACH = 4;

    /** Column headers of table 三, printed above it and repeated after page breaks. */
    private static final Set<String> COLUMN_HEADS =
            Set.of("申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构");

    private TableReader() {
    }

    public static TableReading read(SourceDocument document, LineRange range, TableSpec spec) {
        List<Token> stream = new ArrayList<>();
        int firstLine = -1;
        for (int line = range.start(); line < range.end(); line++) {
            if ((line & 0xFF) == 0) Budget.check();
            List<Token> cells = document.cells(line);
            if (cells.isEmpty()) continue;
            if (Narrative.isNarrative(cells)) {
                stream.add(null);
                continue;
            }
            if (firstLine < 0) firstLine = line;
            stream.addAll(cells);
        }
        List<Anchor> anchors = spec.headerless() ? headerlessAnchor(stream, spec) : findAnchors(stream, spec.rows());
        if (anchors.isEmpty()) return TableReading.empty(spec);
        return collectRows(document, stream, anchors, spec, firstLine);
    }

    /** A recognised row label: the stream position of its token and the row definition. */
    private record Anchor(int position, RowSpec spec) {
    }

    private static List<Anchor> headerlessAnchor(List<Token> stream, TableSpec spec) {
        for (int i = 0; i < stream.size(); i++) {
            Token token = stream.get(i);
            if (token != null && token.isValue()) return List.of(new Anchor(i - 1, spec.rows().getFirst()));
        }
        return List.of();
    }

    private static List<Anchor> findAnchors(List<Token> stream, List<RowSpec> rows) {
        List<Anchor> anchors = new ArrayList<>();
        int expected = 0;
        int i = 0;
        while (i < stream.size() && expected < rows.size()) {
            Token token = stream.get(i);
            if (token == null || !token.isText()) {
                i++;
                continue;
            }
            LabelRun run = new LabelRun();
            while (i < stream.size() && stream.get(i) != null && !stream.get(i).isValue()) {
                if (stream.get(i).isText()) run.add(stream.get(i), i);
                i++;
            }
            expected = matchRun(run, rows, expected, anchors);
        }
        return anchors;
    }

    /** Recognises the labels inside one run of consecutive text cells, in printed order. */
    private static int matchRun(LabelRun run, List<RowSpec> rows, int expected, List<Anchor> anchors) {
        int from = 0;
        while (expected < rows.size()) {
            Budget.check();
            int bestAt = -1;
            int bestEnd = -1;
            int bestRow = -1;
            for (int r = expected; r < rows.size(); r++) {
                RowSpec row = rows.get(r);
                int at;
                int end;
                if (row.exactLabel()) {
                    if (r > expected + EXACT_LABEL_REACH) continue;
                    at = run.wholeLabelAt(row, from);
                    end = at < 0 ? -1 : run.endOfTokenAt(at);
                } else {
                    at = row.indexIn(run.text(), from);
                    end = at < 0 ? -1 : row.matchEnd(run.text(), at);
                }
                if (at >= 0 && (bestAt < 0 || at < bestAt)) {
                    bestAt = at;
                    bestEnd = end;
                    bestRow = r;
                }
            }
            if (bestRow < 0) return expected;
            anchors.add(new Anchor(run.positionAt(bestAt), rows.get(bestRow)));
            expected = bestRow + 1;
            from = bestEnd;
        }
        return expected;
    }

    private static TableReading collectRows(SourceDocument document, List<Token> stream, List<Anchor> anchors,
            TableSpec spec, int firstLine) {
        Set<Integer> anchorLines = new HashSet<>();
        if (!spec.headerless()) {
            for (Anchor anchor : anchors) anchorLines.add(stream.get(anchor.position()).line());
        }
        Map<Integer, Boolean> blankCounts = new HashMap<>();
        List<List<Token>> cellsOf = new ArrayList<>(anchors.size());
        for (int a = 0; a < anchors.size(); a++) {
            int end = a + 1 < anchors.size() ? anchors.get(a + 1).position() : stream.size();
            List<Token> cells = new ArrayList<>();
            for (int i = anchors.get(a).position() + 1; i < end; i++) {
                Token token = stream.get(i);
                if (token == null) break;
                if (token.isValue() || token.isBlank() && blankCounts.computeIfAbsent(token.line(),
                        line -> blanksAreCells(document.cells(line - 1), anchorLines.contains(line)))) {
                    cells.add(token);
                }
            }
            cellsOf.add(cells);
        }
        Map<Integer, SharedLine> shared = spec.headerless() ? Map.of() : SharedLine.giveOut(anchorSpecs(anchors), cellsOf, spec);
        List<TableRow> rows = new ArrayList<>();
        int lastLine = firstLine;
        for (int a = 0; a < anchors.size(); a++) {
            Anchor anchor = anchors.get(a);
            List<Token> cells = cellsOf.get(a);
            Token label = spec.headerless() ? null : stream.get(anchor.position());
            Token nextLabel = a + 1 < anchors.size() ? stream.get(anchors.get(a + 1).position()) : null;
            boolean hasCells = !cells.isEmpty();
            trimBlankEdges(cells);
            if (!anchor.spec().hasCells() || !isRow(cells, hasCells, label, nextLabel)) continue;
            SharedLine sharedLine = shared.get(a);
            rows.add(new TableRow(anchor.spec(), label, List.copyOf(cells),
                    sharedLine == null && isAlignedBySpaces(document, cells), sharedLine,
                    sharedLine == null ? fields(document, label, cells) : null));
            for (Token cell : cells) lastLine = Math.max(lastLine, cell.line() - 1);
            if (label != null) lastLine = Math.max(lastLine, label.line() - 1);
        }
        if (rows.isEmpty()) return TableReading.empty(spec);
        return new TableReading(spec, rows, firstLine, lastLine,
                spec.headerless() ? columnHeads(stream, anchors.getFirst().position(), spec) : List.of());
    }

    /**
     * The column headers printed above a headerless row, one per column, or none: in a space-aligned
     * layout they tell the columns of a row that has blank cells and no complete row to learn from.
     */
    private static List<Token> columnHeads(List<Token> stream, int before, TableSpec spec) {
        List<Token> heads = new ArrayList<>();
        for (int i = 0; i <= before && i < stream.size(); i++) {
            Token token = stream.get(i);
            if (token != null && token.isText() && StandardTables.isColumnHead(spec, token.label())) heads.add(token);
        }
        return heads.size() == spec.rows().getFirst().columns().size() ? List.copyOf(heads) : List.of();
    }

    private static List<RowSpec> anchorSpecs(List<Anchor> anchors) {
        List<RowSpec> specs = new ArrayList<>(anchors.size());
        for (Anchor anchor : anchors) specs.add(anchor.spec());
        return specs;
    }

    /**
     * A label followed by no number is a row of blank cells only when it stands on its own line with
     * blank cells after it; a label followed directly by another label is a group heading.
     */
    private static boolean isRow(List<Token> cells, boolean hadBlankCells, Token label, Token nextLabel) {
        if (!cells.isEmpty()) return true;
        return hadBlankCells && (nextLabel == null || label == null || nextLabel.line() != label.line());
    }

    /**
     * Blank cells on a line of headers or footers are layout, not values; on a line with numbers, a row
     * label, or nothing else they are cells.
     */
    private static boolean blanksAreCells(List<Token> lineCells, boolean hasRowLabel) {
        if (hasRowLabel) return true;
        boolean hasText = false;
        for (Token cell : lineCells) {
            if (cell.isValue()) return true;
            if (cell.isText()) hasText = true;
        }
        return !hasText;
    }

    private static boolean isAlignedBySpaces(SourceDocument document, List<Token> cells) {
        if (cells.isEmpty()) return false;
        int line = cells.getFirst().line();
        for (Token cell : cells) {
            if (cell.line() != line) return false;
        }
        String text = document.line(line - 1);
        return text.indexOf('\t') < 0 && text.indexOf('|') < 0 && text.indexOf('｜') < 0;
    }

    /** The fields of a row whose cells stand on one delimited line, or null. */
    private static TableRow.Fields fields(SourceDocument document, Token label, List<Token> cells) {
        if (cells.isEmpty()) return null;
        int line = cells.getFirst().line();
        for (Token cell : cells) {
            if (cell.line() != line) return null;
        }
        DelimitedLine delimited = DelimitedLine.of(document.line(line - 1));
        if (delimited == null) return null;
        int[] cellFields = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) cellFields[i] = delimited.fieldAt(cells.get(i).column());
        int first = label != null && label.line() == line ? delimited.fieldAt(label.column()) + 1 : 0;
        return new TableRow.Fields(cellFields, delimited.fieldCount(), first);
    }

    private static void trimBlankEdges(List<Token> cells) {
        while (!cells.isEmpty() && cells.getFirst().isBlank()) cells.removeFirst();
        while (!cells.isEmpty() && cells.getLast().isBlank()) cells.removeLast();
    }

    /** Consecutive text cells joined into one comparable string, remembering where each cell starts. */
    private static final class LabelRun {
        private final StringBuilder text = new StringBuilder();
        private final List<Token> tokens = new ArrayList<>();
        private final List<Integer> positions = new ArrayList<>();
        private final List<Integer> offsets = new ArrayList<>();
        private String joined;

        void add(Token token, int position) {
            offsets.add(text.length());
            tokens.add(token);
            positions.add(position);
            text.append(token.label());
            joined = null;
        }

        String text() {
            if (joined == null) joined = text.toString();
            return joined;
        }

        /**
         * The offset of the first cell at or after {@code from} whose whole wording is one of the row's
         * labels and that is not a column header.
         */
        int wholeLabelAt(RowSpec row, int from) {
            boolean underHeader = isHeaderRun();
            for (int t = 0; t < tokens.size(); t++) {
                if (offsets.get(t) < from) continue;
                String label = tokens.get(t).label();
                String wording = LabelText.withoutNumbering(label);
                if (underHeader && wording.length() == label.length()) continue; // an unnumbered 其他 / 总计 heads a column
                if (row.matchesWhole(wording)) return offsets.get(t);
            }
            return -1;
        }

        /**
         * Whether the run holds the column headers of the applicants' table (a header repeated after a
         * page break, or the table's own): at least two of its header cells. Its short unnumbered cells
         * 其他 and 总计 are then columns, never the rows （六）3.其他 and （七）总计, which are numbered.
         */
        private boolean isHeaderRun() {
            int heads = 0;
            for (Token token : tokens) {
                if (COLUMN_HEADS.contains(token.label()) && ++heads >= 2) return true;
            }
            return false;
        }

        int endOfTokenAt(int offset) {
            int t = tokenIndexAt(offset);
            return offsets.get(t) + tokens.get(t).label().length();
        }

        /** The stream position of the cell containing a text offset. */
        int positionAt(int offset) {
            return positions.get(tokenIndexAt(offset));
        }

        private int tokenIndexAt(int offset) {
            int index = 0;
            for (int t = 0; t < offsets.size(); t++) {
                if (offsets.get(t) <= offset) index = t;
            }
            return index;
        }
    }
}
