package org.disclosure.parser.internal.text;

import org.disclosure.contracts.report.SourceLocation;

/**
 * One cell of text as a conversion laid it out: the raw text, its comparable form and where it stands
 * (1-based line and column).
 */
public record Token(String raw, String label, int line, int column, Kind kind) {

    public enum Kind {
        /** An empty cell: a blank table field where a number may have been meant. */
        BLANK,
        /** A number, or a mark that stands for "no value" ("/", "-", "无"). */
        VALUE,
        /** Any wording: labels, headers, footers, narrative. */
        TEXT
    }

    public static Token of(String raw, int line, int column) {
        String label = LabelText.normalize(raw);
        Kind kind = label.isEmpty() ? Kind.BLANK : CellValue.isValue(label) ? Kind.VALUE : Kind.TEXT;
        return new Token(raw.strip(), label, line, column, kind);
    }

    public boolean isBlank() {
        return kind == Kind.BLANK;
    }

    public boolean isValue() {
        return kind == Kind.VALUE;
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    public SourceLocation location() {
        return SourceLocation.atLine(line, column);
    }
}
