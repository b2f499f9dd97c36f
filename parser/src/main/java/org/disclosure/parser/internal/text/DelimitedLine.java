package org.disclosure.parser.internal.text;

/**
 * The fields of a line whose cells are delimited by tabs or pipes, counted as {@link LineSplitter} cuts
 * them but keeping the empty ones it drops at the start: there a blank field is a cell as much as a
 * number is, and a field's index tells its column.
 */
public final class DelimitedLine {

    private final String line;
    private final char separator;
    private final int from;
    private final int to;

    private DelimitedLine(String line, char separator, int from, int to) {
        this.line = line;
        this.separator = separator;
        this.from = from;
        this.to = to;
    }

    /** The line's fields, or null when it is not delimited (space-aligned or a single cell). */
    public static DelimitedLine of(String line) {
        if (line.indexOf('\t') >= 0) return new DelimitedLine(line, '\t', 0, line.length());
        if (!LineSplitter.isPipeRow(line)) return null;
        String pipes = line.replace('｜', '|');
        int first = pipes.indexOf('|');
        int last = pipes.lastIndexOf('|');
        int from = pipes.substring(0, first).isBlank() ? first + 1 : 0;
        int to = pipes.substring(last + 1).isBlank() ? last : pipes.length();
        return new DelimitedLine(pipes, '|', from, to);
    }

    /** The 0-based field holding the character at a 1-based column. */
    public int fieldAt(int column) {
        int field = 0;
        for (int i = from; i < column - 1 && i < to; i++) {
            if (line.charAt(i) == separator) field++;
        }
        return field;
    }

    public int fieldCount() {
        return fieldAt(to + 1) + 1;
    }
}
