package org.disclosure.parser.internal.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;

/**
 * Maps positions in an extractor's text back to the original document, so that a cell's source reads
 * "page 4 line 12" or "table 3, row 5, column 2" instead of a line of text the supervisor never sees.
 */
public final class SourceMap {

    /**
     * One line of extracted text.
     *
     * @param where        the location of the line as a whole (null for a page break)
     * @param cellStarts   the 0-based character offset where each cell starts
     * @param cellLocations the location of each cell
     */
    record Line(SourceLocation where, int[] cellStarts, SourceLocation[] cellLocations) {
    }

    private final List<Line> lines;

    SourceMap(List<Line> lines) {
        this.lines = lines;
    }

    /** The original location of a 1-based line and column of the extracted text; null when unknown. */
    SourceLocation locate(int line, int column) {
        if (line < 1 || line > lines.size()) return null;
        Line entry = lines.get(line - 1);
        int offset = column - 1;
        for (int i = entry.cellStarts().length - 1; i >= 0; i--) {
            if (entry.cellStarts()[i] <= offset && entry.cellLocations()[i] != null) return entry.cellLocations()[i];
        }
        return entry.where();
    }

    /** The report with every cell source and issue location pointing into the original document. */
    public ParsedReport relocate(ParsedReport report) {
        Map<String, CellSource> sources = new LinkedHashMap<>();
        report.sources().forEach((key, source) -> sources.put(key, new CellSource(source.raw(), map(source.location()))));
        List<ParseIssue> issues = report.issues().stream()
                .map(i -> new ParseIssue(i.kind(), i.table(), i.keys(), i.expected(), i.found(), map(i.location())))
                .toList();
        return new ParsedReport(report.agency(), report.region(), report.year(), report.format(), report.publishedOn(),
                report.sections(), report.cells(), sources, issues, report.paragraphs());
    }

    private SourceLocation map(SourceLocation location) {
        if (location == null || location.line() == null) return location;
        SourceLocation original = locate(location.line(), location.column() == null ? 1 : location.column());
        return original == null ? location : original;
    }
}
