package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.parser.internal.text.LabelText;
import org.disclosure.parser.internal.text.SourceDocument;
import org.disclosure.parser.internal.text.Token;

/**
 * Notices table labels that deviate slightly from the standard wording, such as a typo
 * ("本年度止件数" for "本年废止件数"), so that the validator can report them (Q05). A label one edit away
 * from a standard one, and not standard itself, is a deviation; anything further is some other text.
 */
public final class LabelDeviationDetector {

    private static final int SHORTEST_COMPARED = 4;

    /** A standard label as printed and in the compact form it is compared in. */
    private record StandardLabel(String printed, String compact) {
    }

    private static final List<StandardLabel> STANDARD_LABELS = compactAll(List.of(
            "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（单位：万元）",
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量",
            "采购项目数量", "采购总金额", "行政规范性文件", "规范性文件", "行政许可", "行政处罚", "行政强制",
            "行政事业性收费", "其他对外管理服务事项", "政府集中采购", "第二十条第（一）项", "第二十条第（五）项",
            "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项",
            "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
            "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "本年度办理结果", "予以公开",
            "部分公开（区分处理的，只计这一情形，不计其他情形）", "不予公开", "属于国家秘密", "其他法律行政法规禁止公开",
            "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷",
            "属于行政查询事项", "无法提供", "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
            "不予处理", "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
            "要求行政机关确认或重新出具已获取信息", "其他处理",
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "结转下年度继续办理",
            "行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"));

    private static final java.util.Set<String> STANDARD_COMPACT =
            STANDARD_LABELS.stream().map(StandardLabel::compact).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int LONGEST_STANDARD =
            STANDARD_LABELS.stream().mapToInt(label -> label.compact().length()).max().orElse(0);

    private LabelDeviationDetector() {
    }

    /** The standard labels of the three tables as the formats print them (OCR matches what it reads against them). */
    public static List<String> standardLabels() {
        return STANDARD_LABELS.stream().map(StandardLabel::printed).toList();
    }

    /** The standard wording of each row label, by key stem. */
    private static final java.util.Map<String, String> ROW_LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("active.regulations", "规章"),
            java.util.Map.entry("active.normative_docs", "行政规范性文件"),
            java.util.Map.entry("active.licensing", "行政许可"),
            java.util.Map.entry("active.punishment", "行政处罚"),
            java.util.Map.entry("active.enforcement", "行政强制"),
            java.util.Map.entry("active.fees", "行政事业性收费"),
            java.util.Map.entry("active.other_services", "其他对外管理服务事项"),
            java.util.Map.entry("active.procurement", "政府集中采购"),
            java.util.Map.entry("apply.new", "本年新收政府信息公开申请数量"),
            java.util.Map.entry("apply.carried_over", "上年结转政府信息公开申请数量"),
            java.util.Map.entry("apply.granted", "予以公开"),
            java.util.Map.entry("apply.partial", "部分公开（区分处理的，只计这一情形，不计其他情形）"),
            java.util.Map.entry("apply.denied.state_secret", "属于国家秘密"),
            java.util.Map.entry("apply.denied.law_prohibited", "其他法律行政法规禁止公开"),
            java.util.Map.entry("apply.denied.three_safety", "危及“三安全一稳定”"),
            java.util.Map.entry("apply.denied.third_party", "保护第三方合法权益"),
            java.util.Map.entry("apply.denied.internal_affairs", "属于三类内部事务信息"),
            java.util.Map.entry("apply.denied.process_info", "属于四类过程性信息"),
            java.util.Map.entry("apply.denied.enforcement_file", "属于行政执法案卷"),
            java.util.Map.entry("apply.denied.query_matter", "属于行政查询事项"),
            java.util.Map.entry("apply.unable.not_held", "本机关不掌握相关政府信息"),
            java.util.Map.entry("apply.unable.need_create", "没有现成信息需要另行制作"),
            java.util.Map.entry("apply.unable.unclear", "补正后申请内容仍不明确"),
            java.util.Map.entry("apply.not_processed.petition", "信访举报投诉类申请"),
            java.util.Map.entry("apply.not_processed.duplicate", "重复申请"),
            java.util.Map.entry("apply.not_processed.publication", "要求提供公开出版物"),
            java.util.Map.entry("apply.not_processed.excessive", "无正当理由大量反复申请"),
            java.util.Map.entry("apply.not_processed.confirm", "要求行政机关确认或重新出具已获取信息"),
            java.util.Map.entry("apply.other.all", "其他处理"),
            java.util.Map.entry("apply.other.overdue_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
            java.util.Map.entry("apply.other.overdue_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
            java.util.Map.entry("apply.other.other", "其他"),
            java.util.Map.entry("apply.total", "总计"),
            java.util.Map.entry("apply.carried_forward", "结转下年度继续办理"));

    /** A column header: its standard wording and a key word that identifies it however it is worded. */
    private record Header(String standard, String keyword) {
    }

    private static final List<Header> HEADERS = List.of(
            new Header("现行有效件数", "现行有效"), new Header("本年制发件数", "本年制发"),
            new Header("本年废止件数", "本年废止"), new Header("本年收费金额（单位：万元）", "收费金额"),
            new Header("本年新制作数量", "新制作"), new Header("本年新公开数量", "新公开"),
            new Header("对外公开总数量", "对外公开总"), new Header("上一年项目数量", "上一年项目"),
            new Header("采购项目数量", "采购项目"), new Header("采购总金额", "采购总金额"),
            new Header("未经复议直接起诉", "直接起诉"), new Header("复议后起诉", "复议后起诉"),
            new Header("社会公益组织", "公益组织"), new Header("法律服务机构", "法律服务"),
            new Header("法人或其他组织", "法人或"));

    public static List<ParseIssue> detect(SourceDocument document, List<TableReading> tables) {
        List<ParseIssue> issues = new ArrayList<>();
        java.util.Set<org.disclosure.contracts.report.SourceLocation> reported = new java.util.HashSet<>();
        for (TableReading table : tables) {
            if (table.isEmpty()) continue;
            // row labels first: a deviating row label is reported once, with the row's keys
            for (TableRow row : table.rows()) {
                if (row.label() == null) continue;
                String printed = LabelText.lettersOnly(LabelText.withoutNumbering(row.label().label()));
                String standard = ROW_LABELS.get(row.spec().keyPrefix());
                if (standard == null || !deviates(printed, compact(standard))) standard = nearMiss(printed);
                if (standard != null && reported.add(row.label().location())) {
                    issues.add(new ParseIssue(ParseIssueKind.NONSTANDARD_LABEL, table.spec().table(), row.spec().keys(),
                            standard, row.label().raw(), row.label().location()));
                }
            }
            for (int line = table.firstLine(); line <= table.lastLine(); line++) {
                for (Token cell : document.cells(line)) {
                    if (!cell.isText()) continue;
                    String compact = LabelText.lettersOnly(LabelText.withoutNumbering(cell.label()));
                    String standard = nearMiss(compact);
                    if (standard == null) standard = deviatingHeader(compact);
                    if (standard != null && reported.add(cell.location())) {
                        issues.add(new ParseIssue(ParseIssueKind.NONSTANDARD_LABEL, table.spec().table(), List.of(),
                                standard, cell.raw(), cell.location()));
                    }
                }
            }
        }
        return issues;
    }

    /**
     * A printed label deviates from its standard wording when, compared in compact form (letters and
     * digits only: punctuation, spaces and full/half width do not count), neither holds the other: a label
     * cut short by a cell break ("申请人无正当理由逾期不") or printed with its group heading ("（三）不予公开
     * 1.属于国家秘密") is the standard one, a different word ("结转下一年度继续办理", "现行有效数量") is not.
     */
    private static boolean deviates(String printed, String standard) {
        return !printed.isEmpty() && !standard.contains(printed) && !printed.contains(standard);
    }

    /** The standard header a short header cell stands for but deviates from, or null. */
    private static String deviatingHeader(String compact) {
        for (Header header : HEADERS) {
            String standard = compact(header.standard());
            if (compact.contains(header.keyword()) && compact.length() <= standard.length() + 4 && deviates(compact, standard)) {
                return header.standard();
            }
        }
        return null;
    }

    private static String compact(String label) {
        return LabelText.lettersOnly(LabelText.normalize(label));
    }

    /** The standard label this one misspells, or null when it is standard or not close to any. */
    private static String nearMiss(String label) {
        if (label.length() < SHORTEST_COMPARED || label.length() > LONGEST_STANDARD + 1
                || STANDARD_COMPACT.contains(label)) {
            return null;
        }
        String closest = null;
        for (StandardLabel standard : STANDARD_LABELS) {
            String compact = standard.compact();
            if (Math.abs(compact.length() - label.length()) > 1) continue;
            if (compact.equals(label)) return null;
            if (closest == null && withinOneEdit(compact, label)) closest = standard.printed();
        }
        return closest;
    }

    /** Levenshtein distance at most one, checked in linear time. */
    static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) return withinOneEdit(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (i == a.length()) return b.length() - a.length() <= 1;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.substring(i).equals(b.substring(i + 1));
    }

    private static List<StandardLabel> compactAll(List<String> labels) {
        return labels.stream()
                .map(label -> new StandardLabel(label, LabelText.lettersOnly(LabelText.normalize(label))))
                .toList();
    }
}
