package org.disclosure.rules.support;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.ParsedReport;

/** Builds equation sides from table 三 rows, so the arithmetic rules share one way of naming cells. */
public final class Sides {

    private Sides() {
    }

    /** The cells of the given rows in one column, added up. */
    public static Side rowsInColumn(ParsedReport report, String labelZh, String labelEn, List<RequestRow> rows,
            ApplicantColumn column) {
        List<Operand> operands = new ArrayList<>();
        for (RequestRow row : rows) operands.add(Operand.of(report, row.key(column)));
        return new Side(labelZh, labelEn, operands);
    }

    public static Side keys(ParsedReport report, String labelZh, String labelEn, List<String> keys) {
        List<Operand> operands = new ArrayList<>(keys.size());
        for (String key : keys) operands.add(Operand.of(report, key));
        return new Side(labelZh, labelEn, operands);
    }

    public static Message tableMissing(String tableZh, String tableEn) {
        return new Message("未找到" + tableZh + "的数据，无法核对", "No figures of " + tableEn + " were found; nothing can be checked");
    }
}
