package org.disclosure.stats.service;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.ParsedReport;

/**
 * One cell of a canonical report set to another value, as a supervisor asks (plain Java, no framework types).
 * Checks what can be checked without the rules (the cell exists in the report's format, a count is whole and not
 * negative, the old value is still there); everything else is validation's job, which the corrected report goes
 * through again.
 */
public record CellCorrection(String cell, BigDecimal oldValue, BigDecimal newValue, String reason) {

    public static final int MAX_REASON_LENGTH = 500;
    /** numeric(20, 4): 16 digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1E16");
    private static final String AMOUNT_SUFFIX = ".amount_wan";
    private static final String SIGNED_CHANGE_SUFFIX = ".change";

    /** The corrected report; the request is refused (400) or found stale (409) with a sentence for the supervisor. */
    public ParsedReport applyTo(ParsedReport report, CellCatalog catalog) {
        check(report, catalog);
        BigDecimal current = report.value(cell);
        if (!same(current, oldValue)) {
            throw CorrectionRefusedException.conflict("单元格 " + cell + " 的当前值为 " + text(current) + "，不是您看到的 "
                    + text(oldValue) + "（报告已更新），请刷新后重试 / the cell now holds " + text(current)
                    + ", not " + text(oldValue) + "; reload the report and try again");
        }
        if (same(current, newValue)) {
            throw CorrectionRefusedException.invalid("新值与当前值相同，无需更正 / the new value is the current one");
        }
        Map<String, BigDecimal> cells = new LinkedHashMap<>(report.cells());
        cells.put(cell, newValue);
        return new ParsedReport(report.agency(), report.region(), report.year(), report.format(),
                report.publishedOn(), report.sections(), cells, report.sources(), report.issues(),
                report.paragraphs());
    }

    private void check(ParsedReport report, CellCatalog catalog) {
        if (cell == null || cell.isBlank()) {
            throw CorrectionRefusedException.invalid("请指明要更正的单元格 / name the cell to correct");
        }
        CellDefinition definition = catalog.find(cell).orElseThrow(() -> CorrectionRefusedException.invalid(
                "未知的单元格 " + cell + "（单元格名称见 cells.tsv） / unknown cell " + cell));
        if (report.format() != null && !definition.formats().contains(report.format())) {
            throw CorrectionRefusedException.invalid("本报告采用 " + report.format().label() + " 版表格，没有单元格 " + cell
                    + " / the report's " + report.format().label() + " form has no cell " + cell);
        }
        if (newValue == null) {
            throw CorrectionRefusedException.invalid("请填写新值 / the new value is missing");
        }
        if (newValue.signum() < 0 && !cell.endsWith(SIGNED_CHANGE_SUFFIX)) {
            throw CorrectionRefusedException.invalid("新值不能为负数：" + definition.meaning()
                    + " 是件数或金额 / the new value must not be negative");
        }
        if (!cell.endsWith(AMOUNT_SUFFIX) && newValue.stripTrailingZeros().scale() > 0) {
            throw CorrectionRefusedException.invalid("新值必须是整数（件数） / the new value must be a whole number");
        }
        if (newValue.stripTrailingZeros().scale() > 4 || newValue.abs().compareTo(LIMIT) >= 0) {
            throw CorrectionRefusedException.invalid("新值超出范围（最多16位整数、4位小数） / the new value is out of range");
        }
        if (reason == null || reason.isBlank()) {
            throw CorrectionRefusedException.invalid("请填写更正原因 / give the reason for the correction");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw CorrectionRefusedException.invalid("更正原因不能超过 " + MAX_REASON_LENGTH + " 个字 / the reason is "
                    + "longer than " + MAX_REASON_LENGTH + " characters");
        }
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? "空白" : value.stripTrailingZeros().toPlainString();
    }
}
