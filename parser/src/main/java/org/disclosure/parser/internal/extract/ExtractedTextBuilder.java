package org.disclosure.parser.internal.extract;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.SourceLocation;

/**
 * Writes an extractor's output in the layout the report reader already reads best: one line per
 * paragraph, one tab-separated line per table row. Remembers where every line and cell came from.
 */
public final class ExtractedTextBuilder {

    private final StringBuilder text = new StringBuilder();
    private final List<SourceMap.Line> lines = new ArrayList<>();

    /** A line of running text (a paragraph, a heading, a line of a PDF page). */
    public void line(String content, SourceLocation where) {
        String clean = clean(content);
        text.append(clean).append('\n');
        lines.add(new SourceMap.Line(where, new int[] {0}, new SourceLocation[] {where}));
    }

    /**
     * A row of a table laid out by position (a borderless PDF table): the leading spaces stay, since the
     * character column of every cell is what tells its column.
     */
    public void alignedLine(String content, SourceLocation where) {
        String clean = clean(" " + content);
        String indent = content.substring(0, content.length() - content.stripLeading().length());
        text.append(indent).append(clean).append('\n');
        lines.add(new SourceMap.Line(where, new int[] {0}, new SourceLocation[] {where}));
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
        text.append('\n');
        lines.add(new SourceMap.Line(locations.length == 0 ? null : locations[0], starts, locations));
    }

    /**
     * A page boundary: a form feed on its own line, which the reader uses to recognise page numbers and
     * which keeps two pages' lines from being taken for one.
     */
    public void pageBreak() {
        text.append('\f').append('\n');
        lines.add(new SourceMap.Line(null, new int[] {0}, new SourceLocation[] {null}));
    }

    public ExtractedText build() {
        return new ExtractedText(text.toString(), new SourceMap(List.copyOf(lines)));
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
