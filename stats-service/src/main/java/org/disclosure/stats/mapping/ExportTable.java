package org.disclosure.stats.mapping;

import java.util.List;

/**
 * A list or aggregate ready for a spreadsheet: Chinese column titles and rows of plain values (String, Number,
 * or null for an empty cell), written as CSV or XLSX.
 */
public record ExportTable(String sheetName, List<String> columns, List<List<Object>> rows) {
}
