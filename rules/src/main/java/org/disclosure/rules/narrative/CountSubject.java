package org.disclosure.rules.narrative;

import java.util.List;
import org.disclosure.rules.support.RequestTable;

/**
 * What a narrative count is about, and the table figures that may express it. A statement agrees with the
 * tables when it equals any one of the figures: "受理 N 件" may mean row 一 alone or 一 + 二, and a 2019-format
 * report has both 本年新制作 and 本年新公开 where the 2021 format has 本年制发.
 */
enum CountSubject {
    APPLICATIONS_RECEIVED("收到/受理申请", "applications received", List.of(
            new TableFigure("表三 一、本年新收 总计", "table 3 row new, total", "apply.new.total"),
            new TableFigure("一+二 总计", "new + carried over, total", "apply.new.total", "apply.carried_over.total"))),
    APPLICATIONS_HANDLED("办结申请", "applications handled", List.of(
            new TableFigure("表三（七）总计", "table 3 total handled", "apply.total.total"))),
    APPLICATIONS_DEALT_WITH("办理申请", "applications dealt with", List.of(
            new TableFigure("表三 一、本年新收 总计", "table 3 row new, total", "apply.new.total"),
            new TableFigure("一+二 总计", "new + carried over, total", "apply.new.total", "apply.carried_over.total"),
            new TableFigure("表三（七）总计", "table 3 total handled", "apply.total.total"))),
    APPLICATIONS_CARRIED_OVER("上年结转申请", "applications carried over", List.of(
            new TableFigure("表三 二、上年结转 总计", "table 3 row carried over, total", "apply.carried_over.total"))),
    APPLICATIONS_CARRIED_FORWARD("结转下年度申请", "applications carried forward", List.of(
            new TableFigure("表三 四、结转下年度继续办理 总计", "table 3 row carried forward, total", "apply.carried_forward.total"))),
    GRANTED("予以公开", "granted", List.of(
            new TableFigure("表三（一）予以公开 总计", "table 3 row granted, total", "apply.granted.total"))),
    PARTIALLY_GRANTED("部分公开", "partly granted", List.of(
            new TableFigure("表三（二）部分公开 总计", "table 3 row partly granted, total", "apply.partial.total"))),
    DENIED("不予公开", "denied", List.of(
            new TableFigure("表三（三）不予公开 各项总计之和", "table 3 denied rows, total", totals(RequestTable.DENIED_GROUP)))),
    REVIEWS("政府信息公开行政复议", "administrative reviews", List.of(
            new TableFigure("表四 行政复议 总计", "table 4 review total", "review.total"))),
    LITIGATION("政府信息公开行政诉讼", "lawsuits", List.of(
            new TableFigure("表四 行政诉讼 两项总计之和", "table 4 litigation totals", "litigation_direct.total",
                    "litigation_after_review.total"))),
    NORMATIVE_DOCS_ISSUED("制发规范性文件", "normative documents issued",
            documents("行政规范性文件", "normative documents", "issued", "made", "published")),
    NORMATIVE_DOCS_REPEALED("废止规范性文件", "normative documents repealed",
            documents("行政规范性文件", "normative documents", "repealed")),
    NORMATIVE_DOCS_IN_FORCE("现行有效规范性文件", "normative documents in force",
            documents("行政规范性文件", "normative documents", "in_force")),
    NORMATIVE_DOCS_PUBLISHED("公开规范性文件", "normative documents published",
            documents("行政规范性文件", "normative documents", "issued", "made", "published", "in_force", "total")),
    REGULATIONS_ISSUED("制发规章", "regulations issued", documents("规章", "regulations", "issued", "made", "published")),
    REGULATIONS_REPEALED("废止规章", "regulations repealed", documents("规章", "regulations", "repealed")),
    REGULATIONS_IN_FORCE("现行有效规章", "regulations in force", documents("规章", "regulations", "in_force")),
    REGULATIONS_PUBLISHED("公开规章", "regulations published",
            documents("规章", "regulations", "issued", "made", "published", "in_force", "total")),
    LICENSING_DECISIONS("行政许可决定", "licensing decisions", List.of(
            new TableFigure("表二 行政许可 处理决定数量", "table 2 licensing decisions", "active.licensing.decisions"))),
    PUNISHMENT_DECISIONS("行政处罚决定", "penalty decisions", List.of(
            new TableFigure("表二 行政处罚 处理决定数量", "table 2 penalty decisions", "active.punishment.decisions"))),
    ENFORCEMENT_DECISIONS("行政强制决定", "enforcement decisions", List.of(
            new TableFigure("表二 行政强制 处理决定数量", "table 2 enforcement decisions", "active.enforcement.decisions")));

    private final String labelZh;
    private final String labelEn;
    private final List<TableFigure> figures;

    CountSubject(String labelZh, String labelEn, List<TableFigure> figures) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.figures = figures;
    }

    String labelZh() {
        return labelZh;
    }

    String labelEn() {
        return labelEn;
    }

    List<TableFigure> figures() {
        return figures;
    }

    /** Table 二's figures of one kind of document (规章 or 行政规范性文件), in the given columns of either format. */
    private static List<TableFigure> documents(String kindZh, String kindEn, String... columns) {
        String stem = kindZh.equals("规章") ? "active.regulations." : "active.normative_docs.";
        List<TableFigure> figures = new java.util.ArrayList<>();
        for (String column : columns) {
            String header = switch (column) {
                case "issued" -> "本年制发件数";
                case "made" -> "本年新制作数量";
                case "published" -> "本年新公开数量";
                case "repealed" -> "本年废止件数";
                case "in_force" -> "现行有效件数";
                default -> "对外公开总数量";
            };
            figures.add(new TableFigure("表二 " + kindZh + " " + header, "table 2 " + kindEn + " " + column.replace('_', ' '),
                    stem + column));
        }
        return List.copyOf(figures);
    }

    private static List<String> totals(String group) {
        return RequestTable.group(group).stream().map(row -> row.prefix() + ".total").toList();
    }
}
