package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.parser.internal.table.RowSpec.ColumnSum;

/**
 * The rows of tables 二, 三 and 四 of both formats (国办公开办函〔2019〕60号 and 〔2021〕30号), with the key
 * words that identify each label and the sums printed on the tables. Keys follow cells.tsv.
 */
public final class StandardTables {

    static final String ACTIVE = "active";
    static final String REQUESTS = "requests";
    static final String APPEALS = "appeals";

    /** The key stem of the 2019 one-row （六）其他处理, printed so by some 2021-format reports too. */
    static final String OTHER_HANDLING_ONE_ROW = "apply.other.all";

    private static final List<String> APPLICANTS =
            List.of("natural", "commercial", "research", "social", "legal", "other", "total");
    private static final List<ColumnSum> APPLICANT_SUM = List.of(new ColumnSum(6, 0, 1, 2, 3, 4, 5));
    private static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private static final TableSpec ACTIVE_2021 = new TableSpec(ACTIVE, List.of(
            row("active.regulations", List.of("issued", "repealed", "in_force"), "规章"),
            row("active.normative_docs", List.of("issued", "repealed", "in_force"), "规范性文件"),
            row("active.licensing", List.of("decisions"), "行政许可"),
            row("active.punishment", List.of("decisions"), "行政处罚"),
            row("active.enforcement", List.of("decisions"), "行政强制"),
            row("active.fees", List.of("amount_wan"), "行政事业性收费", "事业性收费")), false);

    private static final List<String> ITEMS_AND_DECISIONS = List.of("prev_items", "change", "decisions");

    private static final TableSpec ACTIVE_2019 = new TableSpec(ACTIVE, List.of(
            row("active.regulations", List.of("made", "published", "total"), "规章"),
            row("active.normative_docs", List.of("made", "published", "total"), "规范性文件"),
            row("active.licensing", ITEMS_AND_DECISIONS, "行政许可"),
            row("active.other_services", ITEMS_AND_DECISIONS, "其他对外管理服务事项", "对外管理服务"),
            row("active.punishment", ITEMS_AND_DECISIONS, "行政处罚"),
            row("active.enforcement", ITEMS_AND_DECISIONS, "行政强制"),
            row("active.fees", List.of("prev_items", "change"), "行政事业性收费", "事业性收费"),
            row("active.procurement", List.of("projects", "amount_wan"), "政府集中采购", "集中采购")), false);

    private static final TableSpec REQUESTS_TABLE = new TableSpec(REQUESTS, List.of(
            applicants("apply.new", "本年新收", "新收"),
            applicants("apply.carried_over", "上年结转"),
            RowSpec.heading("本年度办理结果", "办理结果"),
            applicants("apply.granted", "予以公开"),
            applicants("apply.partial", "部分公开"),
            RowSpec.heading("不予公开"),
            applicants("apply.denied.state_secret", "国家秘密"),
            applicants("apply.denied.law_prohibited", "禁止公开", "法规禁止"),
            applicants("apply.denied.three_safety", "三安全一稳定", "危及"),
            applicants("apply.denied.third_party", "第三方"),
            applicants("apply.denied.internal_affairs", "内部事务"),
            applicants("apply.denied.process_info", "过程性"),
            applicants("apply.denied.enforcement_file", "执法案卷"),
            applicants("apply.denied.query_matter", "查询事项"),
            RowSpec.heading("无法提供"),
            applicants("apply.unable.not_held", "不掌握", "掌握相关"),
            applicants("apply.unable.need_create", "另行制作", "没有现成"),
            applicants("apply.unable.unclear", "不明确"),
            RowSpec.heading("不予处理"),
            applicants("apply.not_processed.petition", "信访", "举报投诉"),
            applicants("apply.not_processed.duplicate", "重复申请"),
            applicants("apply.not_processed.publication", "出版物"),
            applicants("apply.not_processed.excessive", "大量反复", "反复申请"),
            applicants("apply.not_processed.confirm", "重新出具", "确认或重新"),
            applicants(OTHER_HANDLING_ONE_ROW, "其他处理"),
            applicants("apply.other.overdue_correction", "不补正"),
            applicants("apply.other.overdue_fee", "缴纳费用", "收费通知"),
            new RowSpec("apply.other.other", APPLICANTS, List.of("其他"), true, APPLICANT_SUM),
            new RowSpec("apply.total", APPLICANTS, List.of("总计", "合计"), true, APPLICANT_SUM),
            applicants("apply.carried_forward", "结转下年", "继续办理")), false);

    private static final TableSpec APPEALS_TABLE = new TableSpec(APPEALS, List.of(appealsRow()), true);

    private StandardTables() {
    }

    public static TableSpec active(FormatVersion format) {
        return format == FormatVersion.F2019 ? ACTIVE_2019 : ACTIVE_2021;
    }

    public static TableSpec requests() {
        return REQUESTS_TABLE;
    }

    public static TableSpec appeals() {
        return APPEALS_TABLE;
    }

    private static final java.util.Set<String> APPEALS_HEADS = java.util.Set.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");

    /** Whether a header cell heads one of the value columns of a headerless table (四: the outcomes). */
    static boolean isColumnHead(TableSpec spec, String label) {
        return spec == APPEALS_TABLE && APPEALS_HEADS.contains(label);
    }

    /** Whether a key belongs to the three sub-rows of （六） that only the 2021 format prints. */
    static boolean isOtherHandlingSubRow(String keyPrefix) {
        return keyPrefix.startsWith("apply.other.") && !keyPrefix.equals(OTHER_HANDLING_ONE_ROW);
    }

    private static RowSpec row(String keyPrefix, List<String> columns, String... keywords) {
        return new RowSpec(keyPrefix, columns, List.of(keywords), false, List.of());
    }

    private static RowSpec applicants(String keyPrefix, String... keywords) {
        return new RowSpec(keyPrefix, APPLICANTS, List.of(keywords), false, APPLICANT_SUM);
    }

    /**
     * Table 四 is printed as one row of fifteen cells: 行政复议, then 行政诉讼 未经复议直接起诉 and 复议后起诉,
     * five outcomes each. The row's key stem is empty because its keys span three groups.
     */
    private static RowSpec appealsRow() {
        List<String> columns = new ArrayList<>();
        List<ColumnSum> sums = new ArrayList<>();
        List<String> groups = List.of("review", "litigation_direct", "litigation_after_review");
        for (int g = 0; g < groups.size(); g++) {
            for (String outcome : OUTCOMES) columns.add(groups.get(g) + "." + outcome);
            int base = g * OUTCOMES.size();
            sums.add(new ColumnSum(base + 4, base, base + 1, base + 2, base + 3));
        }
        return new RowSpec("", List.copyOf(columns), List.of(), false, List.copyOf(sums));
    }
}
