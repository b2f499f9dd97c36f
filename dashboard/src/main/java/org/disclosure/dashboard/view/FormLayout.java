package org.disclosure.dashboard.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.ParsedReport;

/**
 * Lays a canonical report out as the official form's three tables. Rows and columns come from the cell catalog's
 * meanings ({@code cells.tsv}): table 三's "row × column", table 二's "article item column", table 四's
 * "group outcome". Every cell of the report's format has its place, found or not; violated findings mark the cells
 * they name.
 */
public final class FormLayout {

    private static final Map<String, String> TITLES = Map.of(
            "active", "二、主动公开政府信息情况",
            "requests", "三、收到和处理政府信息公开申请情况",
            "appeals", "四、政府信息公开行政复议、行政诉讼情况");

    private final CellCatalog catalog;

    public FormLayout(CellCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The three tables of the report. {@code anchors} gives each violated finding's anchor on the page, in the
     * order of {@code findings}.
     */
    public List<FormTable> tables(ParsedReport report, List<Finding> findings, List<String> anchors) {
        List<CellDefinition> definitions = report.format() == null ? catalog.all().stream()
                .filter(definition -> report.cells().containsKey(definition.key())).toList()
                : catalog.forFormat(report.format());
        List<FormTable> tables = new ArrayList<>();
        for (String table : List.of("active", "requests", "appeals")) {
            List<CellDefinition> inTable = definitions.stream().filter(d -> d.table().equals(table)).toList();
            if (!inTable.isEmpty()) tables.add(table(table, inTable, report, findings, anchors));
        }
        return tables;
    }

    private FormTable table(String table, List<CellDefinition> definitions, ParsedReport report,
            List<Finding> findings, List<String> anchors) {
        List<String> columns = new ArrayList<>();
        Map<String, Map<String, FormCell>> rows = new LinkedHashMap<>();
        for (CellDefinition definition : definitions) {
            String[] position = position(table, definition.meaning());
            if (!columns.contains(position[1])) columns.add(position[1]);
            rows.computeIfAbsent(position[0], row -> new LinkedHashMap<>())
                    .put(position[1], cell(definition.key(), report, findings, anchors));
        }
        List<FormTable.Row> laidOut = rows.entrySet().stream()
                .map(row -> new FormTable.Row(row.getKey(), columns.stream()
                        .map(column -> row.getValue().getOrDefault(column, FormCell.empty())).toList()))
                .toList();
        return new FormTable(TITLES.get(table), columns, laidOut);
    }

    /** Row label and column label of a cell, from its meaning in the catalog. */
    static String[] position(String table, String meaning) {
        if (table.equals("requests")) {
            int cross = meaning.indexOf(" × ");
            if (cross > 0) return new String[] {meaning.substring(0, cross), meaning.substring(cross + 3)};
        }
        if (table.equals("active")) {
            String[] parts = meaning.split(" ", 3);
            if (parts.length == 3) return new String[] {parts[0] + " " + parts[1], parts[2]};
        }
        int space = meaning.lastIndexOf(' ');
        return space > 0 ? new String[] {meaning.substring(0, space), meaning.substring(space + 1)}
                : new String[] {meaning, ""};
    }

    private static FormCell cell(String key, ParsedReport report, List<Finding> findings, List<String> anchors) {
        List<String> flagged = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Severity worst = null;
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.status() != FindingStatus.VIOLATED || finding.cells() == null
                    || !finding.cells().contains(key)) continue;
            flagged.add(anchors.get(i));
            messages.add(finding.rule() + " " + finding.messageZh());
            if (worst == null || finding.severity().compareTo(worst) < 0) worst = finding.severity();
        }
        String value;
        if (!report.cells().containsKey(key)) value = "未读取";
        else value = Numbers.count(report.cells().get(key));
        CellSource source = report.sources() == null ? null : report.sources().get(key);
        return new FormCell(key, value, source == null || source.raw() == null ? "" : source.raw(),
                source == null ? "" : SourceText.of(source.location()), List.copyOf(flagged),
                worst == null ? "" : Severities.css(worst), String.join("\n", messages));
    }

}
