package org.disclosure.dashboard.view;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.dashboard.client.CorrectionView;
import org.disclosure.dashboard.client.ReportCorrections;

/** Lays corrections out for the pages (plain Java: tested without a server). */
public final class Corrections {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Corrections() {
    }

    public static CorrectionLine line(CorrectionView view) {
        return new CorrectionLine(view.id(), view.cell(), view.cellMeaning() == null ? view.cell() : view.cellMeaning(),
                number(view.oldValue()), number(view.newValue()), view.correctedBy(), time(view.correctedAt()),
                view.reason(), view.pending(), view.version(), view.correctedVersion(),
                view.agency() == null ? "" : view.agency(), view.regionCode() == null ? "" : view.regionCode(),
                view.year() == null ? "" : view.year().toString());
    }

    /** The panel of one version's page. */
    public static CorrectionPanel panel(UUID version, ReportCorrections corrections, List<FormTable> tables,
            Map<String, BigDecimal> cells, String error, UUID submitted) {
        List<CorrectionView> all = corrections == null || corrections.all() == null ? List.of() : corrections.all();
        List<CorrectionView> applied = corrections == null || corrections.applied() == null ? List.of()
                : corrections.applied();
        Map<UUID, CorrectionLine> byVersion = new LinkedHashMap<>();
        List<CorrectionLine> pending = new ArrayList<>();
        CorrectionLine justMade = null;
        for (CorrectionView view : all) {
            CorrectionLine line = line(view);
            if (!view.pending()) byVersion.put(view.id(), line);
            if (view.pending() && version.equals(view.correctedVersion())) pending.add(line);
            if (view.id().equals(submitted)) justMade = line;
        }
        UUID submission = applied.isEmpty() ? version : applied.get(applied.size() - 1).submissionId();
        return new CorrectionPanel(applied.stream().map(Corrections::line).toList(), pending, byVersion,
                choices(tables, cells == null ? Map.of() : cells), submission, error == null ? "" : error, justMade);
    }

    /** Every cell the report has, in the form's order, labelled by table, row and column. */
    static List<CorrectionPanel.CellChoice> choices(List<FormTable> tables, Map<String, BigDecimal> cells) {
        List<CorrectionPanel.CellChoice> choices = new ArrayList<>();
        for (FormTable table : tables) {
            int mark = table.title().indexOf('、');
            String title = mark > 0 ? table.title().substring(0, mark) : table.title();
            for (FormTable.Row row : table.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    FormCell cell = row.cells().get(i);
                    if (!cell.exists()) continue;
                    String column = i < table.columns().size() ? table.columns().get(i) : "";
                    choices.add(new CorrectionPanel.CellChoice(cell.key(), "表" + title + " " + row.label()
                            + (column.isEmpty() ? "" : " · " + column) + "（" + cell.key() + "）",
                            cells.containsKey(cell.key()) && cells.get(cell.key()) != null
                                    ? cells.get(cell.key()).stripTrailingZeros().toPlainString() : ""));
                }
            }
        }
        return choices;
    }

    static String number(BigDecimal value) {
        return value == null ? "空白" : value.stripTrailingZeros().toPlainString();
    }

    static String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
