package org.disclosure.contracts.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a value was read: a 1-based line and column of the text, a page of a PDF, or a table cell
 * reference ("table 3, row 5, column 2") for formats with real cells. Absent parts are null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceLocation(Integer page, Integer line, Integer column, String cell) {

    public static SourceLocation atLine(int line, int column) {
        return new SourceLocation(null, line, column, null);
    }

    public String describe() {
        StringBuilder text = new StringBuilder();
        if (page != null) text.append("page ").append(page).append(' ');
        if (line != null) text.append("line ").append(line);
        if (column != null) text.append(", column ").append(column);
        if (cell != null) text.append(text.isEmpty() ? "" : " ").append(cell);
        return text.toString().trim();
    }
}
