package org.disclosure.rules.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;

/**
 * The row structure of table 三, read from the cell catalog so that labels are not repeated here.
 * Rows of both formats are included; a report holds the keys of the rows its format prints.
 */
public final class RequestTable {

    public static final String NEW = "apply.new";
    public static final String CARRIED_OVER = "apply.carried_over";
    public static final String GRANTED = "apply.granted";
    public static final String PARTIAL = "apply.partial";
    public static final String TOTAL = "apply.total";
    public static final String CARRIED_FORWARD = "apply.carried_forward";
    public static final String OTHER_ALL = "apply.other.all";
    public static final String DENIED_GROUP = "apply.denied.";
    public static final String UNABLE_GROUP = "apply.unable.";
    public static final String NOT_PROCESSED_GROUP = "apply.not_processed.";
    public static final String OTHER_GROUP = "apply.other.";

    private static final List<RequestRow> ROWS = loadRows();
    private static final Map<String, RequestRow> BY_PREFIX = byPrefix(ROWS);
    /** Groups asked for so far; there are a handful, and the rules ask for them for every report. */
    private static final Map<String, List<RequestRow>> GROUPS = new ConcurrentHashMap<>();
    private static final List<RequestRow> OTHER_SUB_ROWS =
            group(OTHER_GROUP).stream().filter(r -> !r.prefix().equals(OTHER_ALL)).toList();

    private RequestTable() {
    }

    /** All rows of both formats, in the printed order. */
    public static List<RequestRow> rows() {
        return ROWS;
    }

    public static RequestRow row(String prefix) {
        RequestRow row = BY_PREFIX.get(prefix);
        if (row == null) throw new IllegalArgumentException("no row " + prefix);
        return row;
    }

    /** Sub-rows of a group such as "apply.denied." (the eight 不予公开 reasons). */
    public static List<RequestRow> group(String groupPrefix) {
        return GROUPS.computeIfAbsent(groupPrefix, g -> ROWS.stream().filter(r -> r.prefix().startsWith(g)).toList());
    }

    /** Rows of which the report holds at least one cell. */
    public static List<RequestRow> rowsPresentIn(ParsedReport report) {
        List<RequestRow> present = new ArrayList<>();
        for (RequestRow row : ROWS) {
            if (hasAnyCell(report, row)) present.add(row);
        }
        return present;
    }

    public static boolean hasAnyCell(ParsedReport report, RequestRow row) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
            if (report.has(row.key(column))) return true;
        }
        return false;
    }

    private static Map<String, RequestRow> byPrefix(List<RequestRow> rows) {
        Map<String, RequestRow> byPrefix = new HashMap<>();
        for (RequestRow row : rows) byPrefix.put(row.prefix(), row);
        return Map.copyOf(byPrefix);
    }

    private static List<RequestRow> loadRows() {
        Map<String, RequestRow> rows = new LinkedHashMap<>();
        for (CellDefinition cell : CellCatalog.standard().all()) {
            if (!cell.key().startsWith("apply.")) continue;
            String prefix = cell.key().substring(0, cell.key().lastIndexOf('.'));
            rows.computeIfAbsent(prefix, p -> new RequestRow(p, labelZh(cell.meaning()), labelEn(p)));
        }
        return List.copyOf(rows.values());
    }

    private static String labelZh(String meaning) {
        int cross = meaning.indexOf(" × ");
        String label = cross < 0 ? meaning : meaning.substring(0, cross);
        int note = label.indexOf(" (");
        return note < 0 ? label : label.substring(0, note);
    }

    private static String labelEn(String prefix) {
        return prefix.substring("apply.".length()).replace('.', ':').replace(":", ": ").replace('_', ' ');
    }
}
