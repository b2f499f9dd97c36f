package org.disclosure.contracts.report;

import java.util.List;

/**
 * A problem found while reading a report.
 *
 * @param kind     what went wrong
 * @param table    the table it concerns ("active", "requests", "appeals") or null
 * @param keys     the canonical cell keys involved
 * @param expected what the format prescribes (a label, a cell count)
 * @param found    what the document holds
 * @param location where in the source
 */
public record ParseIssue(ParseIssueKind kind, String table, List<String> keys, String expected, String found,
        SourceLocation location) {
}
