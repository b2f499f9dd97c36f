package org.disclosure.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.parser.internal.limit.Budget;
import org.disclosure.parser.internal.limit.LimitExceeded;

/**
 * Writes an extractor's output in the layout the report reader already reads best: one line per
 * paragraph, one tab-separated line per table row. Remembers where every line and cell came from.
 */
public final class ExtractedTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<SourceMap.Line> lines = new ArrayList<>();
    private final java.util.Map<SourceLocation, Float> confidence = new java.util.HashMap<>();
    private int scannedPages;

    /** A line of running text (a paragraph, a heading, a line of a PDF page). */
    public void line(String content, SourceLocation where) {
        String clean = bounded(clean(content));
        text.append(clean).append('\n');
        lines.add(new SourceMap.Line(where, new int[] {0}, new SourceLocation[] {where}));
        added();
    }

    /**
     * A row of a table laid out by position (a borderless PDF table): the leading spaces stay, since the
     * character column of every cell is what tells its column.
     */
    public void alignedLine(String content, SourceLocation where) {
        String clean = bounded(clean(" " + content));
        String indent = content.substring(0, content.length() - content.stripLeading().length());
        text.append(indent).append(clean).append('\n');
        lines.add(new SourceMap.Line(where, new int[] {0}, new SourceLocation[] {where}));
        added();
    }

    /** A table row; each cell becomes one tab-separated field, blank for slots covered by a merged cell. */
    public void row(List<GridCell> cells) {
        int[] starts = new int[cells.size()];
        SourceLocation[] locations = new SourceLocation[cells.size()];
        int column = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append('\t');
                column++;
            }
            String cell = clean(cells.get(i).text());
            starts[i] = column;
            locations[i] = cells.get(i).location();
            text.append(cell);
            column += cell.length();
        }
        if (column > Budget.MAX_LINE_LENGTH) {
            throw new LimitExceeded(LimitExceeded.Limit.LINE_LENGTH,
                    "a table row longer than " + Budget.MAX_LINE_LENGTH + " characters");
        }
        text.append('\n');
        lines.add(new SourceMap.Line(locations.length == 0 ? null : locations[0], starts, locations));
        added();
    }

    /**
     * A page boundary: a form feed on its own line, which the reader uses to recognise page numbers and
     * which keeps two pages' lines from being taken for one.
     */
    public void pageBreak() {
        text.append('\f').append('\n');
        lines.add(new SourceMap.Line(null, new int[] {0}, new SourceLocation[] {null}));
        added();
    }

    /** A page read by OCR rather than from a text layer. */
    public void scannedPage() {
        scannedPages++;
    }

    /** How sure OCR is (0–100) of the value written at {@code where}. */
    public void recognised(SourceLocation where, float confidence) {
        this.confidence.put(where, confidence);
    }

    /** Bounds what an extractor writes: lines, their length and the wall-clock time. */
    private void added() {
        if (lines.size() > Budget.MAX_LINES) {
            throw new LimitExceeded(LimitExceeded.Limit.LINES, "more than " + Budget.MAX_LINES + " lines");
        }
        if ((lines.size() & 0xFF) == 0) Budget.check();
    }

    private static String bounded(String clean) {
        if (clean.length() > Budget.MAX_LINE_LENGTH) {
            throw new LimitExceeded(LimitExceeded.Limit.LINE_LENGTH,
                    "a line longer than " + Budget.MAX_LINE_LENGTH + " characters");
        }
        return clean;
    }

    public ExtractedText build() {
        return new ExtractedText(text.toString(), new SourceMap(List.copyOf(lines)), scannedPages,
                java.util.Map.copyOf(confidence));
    }

    /** Tabs and line breaks inside a cell or paragraph would split it; wrapped text is joined. */
    private static String clean(String content) {
        if (content == null) return "";
        StringBuilder out = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '\t') out.append(' ');
            else if (c == '\n' || c == '\r' || c == '\f' || c == '\u000B') continue;
            else out.append(c);
        }
        return out.toString().strip();
    }
}
