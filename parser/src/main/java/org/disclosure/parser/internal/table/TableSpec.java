package org.disclosure.parser.internal.table;

import java.util.List;

/**
 * A standard table as the format prints it: its rows in order.
 *
 * @param table the table id used in issues: "active", "requests" or "appeals"
 * @param rows  the rows in printed order, group headings included
 * @param headerless true for a table of a single data row under column headers (table 四), whose
 *                   row starts at the first number rather than at a label
 */
public record TableSpec(String table, List<RowSpec> rows, boolean headerless) {
}
