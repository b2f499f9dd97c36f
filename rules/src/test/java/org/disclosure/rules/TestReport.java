package org.disclosure.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.contracts.report.SourceLocation;

/**
 * Builds consistent reports for rule tests. {@link #clean()} is a 2022 report in the 2021 format that passes
 * every rule together with {@link #cleanPreviousYear()}; tests plant one defect at a time.
 */
public final class TestReport {

    private static final int FIRST_TABLE_LINE = 100;

    private String agency = "某某县人民政府";
    private Integer year = 2022;
    private FormatVersion format = FormatVersion.F2021;
    private LocalDate publishedOn = LocalDate.of(2023, 3, 15);
    private final List<String> sections = new ArrayList<>(Sections.ALL);
    private final Map<String, BigDecimal> cells = new LinkedHashMap<>();
    private final List<ParseIssue> issues = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    public static TestReport clean() {
        TestReport report = new TestReport().zeroCells(FormatVersion.F2021);
        report.cells("active.normative_docs.issued", 2, "active.normative_docs.repealed", 1, "active.normative_docs.in_force", 10,
                "active.licensing.decisions", 100, "active.punishment.decisions", 20, "active.enforcement.decisions", 3);
        report.cell("active.fees.amount_wan", new BigDecimal("1.5"));
        report.requestsTable();
        report.cells("review.upheld", 1, "review.total", 1);
        report.paragraph(Sections.OVERVIEW, "2022年，本县坚持以人民为中心的发展思想，紧扣县委县政府中心工作，扎实推进基层政务公开标准化规范化建设，"
                + "全年通过政府网站主动公开政府信息1260条，发布政策解读8篇，召开新闻发布会6场。");
        report.paragraph(Sections.OVERVIEW, "全年共收到政府信息公开申请7件，其中予以公开5件，部分公开1件，均在法定期限内答复。");
        report.paragraph(Sections.OVERVIEW, "本年度制发行政规范性文件2件，均在政府网站规范性文件专栏同步公开并配发解读材料。");
        report.paragraph(Sections.OVERVIEW, "答复办理政府网站“县长信箱”留言97件，办理政民互动信息13件，回复率100%。"
                + "全县开设政务新媒体22个，其中政务微博8个、微信公众号14个，梳理公开事项清单36项。");
        report.paragraph(Sections.OVERVIEW, "全年发生政府信息公开行政复议案件1件，未发生行政诉讼案件。");
        report.paragraph(Sections.ACTIVE, "本年度重点公开了财政预决算、重大建设项目批准和实施、公共资源配置等领域的政府信息。");
        report.paragraph(Sections.REQUESTS, "依申请公开工作严格执行登记、审核、答复、归档制度，确保答复内容准确规范。");
        report.paragraph(Sections.APPEALS, "行政复议案件经审理维持原答复。");
        report.paragraph(Sections.PROBLEMS, "本年度工作中仍存在政策解读形式较为单一、基层公开专区建设不均衡等问题。"
                + "下一步将制定政策解读工作制度，组织开展业务培训，完善基层政务公开专区。");
        report.paragraph(Sections.OTHER, "本年度未收取信息处理费。");
        return report;
    }

    /** The report for 2021 that {@link #clean()} continues: 1 request carried forward, 9 normative documents in force. */
    public static TestReport cleanPreviousYear() {
        TestReport report = new TestReport().year(2021).publishedOn(LocalDate.of(2022, 3, 20)).zeroCells(FormatVersion.F2021);
        report.requestsTable();
        report.cells("active.normative_docs.issued", 3, "active.normative_docs.in_force", 9, "review.upheld", 1, "review.total", 1);
        report.paragraph(Sections.OVERVIEW, "2021年，全县各级行政机关认真贯彻落实条例要求，围绕疫情防控和经济恢复发布权威信息，"
                + "完成政府网站集约化迁移工作，关停整合了一批维护力量薄弱的政务新媒体账号。");
        report.paragraph(Sections.OVERVIEW, "针对群众关心的教育、医疗、养老和住房保障等民生事项，建立了政策问答库，并在政务服务大厅设置了查阅点。");
        report.paragraph(Sections.REQUESTS, "依申请公开方面，进一步规范了申请接收渠道，在政府网站开通在线申请功能，并对各乡镇、各部门经办人员进行了业务指导，"
                + "统一了答复文书格式，明确了延期答复和补正告知的办理时限。");
        report.paragraph(Sections.PROBLEMS, "存在的问题是部分单位信息更新不够及时。改进措施是建立信息发布考核通报机制，每季度开展一次检查。");
        report.paragraph(Sections.OTHER, "无其他需要报告的事项。");
        return report;
    }

    /** A clean report on 2020 in the 2019 format. */
    public static TestReport clean2019() {
        TestReport report = new TestReport().year(2020).publishedOn(LocalDate.of(2021, 3, 1)).zeroCells(FormatVersion.F2019);
        report.format = FormatVersion.F2019;
        report.requestsTable();
        report.cells("active.normative_docs.made", 1, "active.normative_docs.published", 1, "active.normative_docs.total", 3,
                "active.licensing.prev_items", 284, "active.licensing.decisions", 969);
        report.cell("active.licensing.change", new BigDecimal("-67"));
        report.cell("active.procurement.amount_wan", new BigDecimal("25.1"));
        report.paragraph(Sections.OVERVIEW, "2020年，全区共新发布1个规范性文件，并进行了政策解读。全年共收到政府信息公开申请7件，办结7件。");
        report.paragraph(Sections.PROBLEMS, "主要问题是公开内容不够全面。我们将修订政府信息公开指南，开展专项检查。");
        return report;
    }

    public TestReport agency(String agency) {
        this.agency = agency;
        return this;
    }

    public TestReport year(Integer year) {
        this.year = year;
        return this;
    }

    public TestReport format(FormatVersion format) {
        this.format = format;
        return this;
    }

    public TestReport publishedOn(LocalDate date) {
        this.publishedOn = date;
        return this;
    }

    public TestReport cell(String key, BigDecimal value) {
        cells.put(key, value);
        return this;
    }

    public TestReport cell(String key, long value) {
        return cell(key, BigDecimal.valueOf(value));
    }

    /** Pairs of key and whole value. */
    public TestReport cells(Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) cell((String) keyValues[i], ((Number) keyValues[i + 1]).longValue());
        return this;
    }

    public TestReport blank(String key) {
        cells.put(key, null);
        return this;
    }

    public TestReport remove(String key) {
        cells.remove(key);
        return this;
    }

    public TestReport removeWhere(java.util.function.Predicate<String> key) {
        cells.keySet().removeIf(key);
        return this;
    }

    public TestReport withoutSection(String section) {
        sections.remove(section);
        paragraphs.removeIf(p -> section.equals(p.section()));
        return this;
    }

    public TestReport issue(ParseIssueKind kind, String table, List<String> keys, String expected, String found) {
        issues.add(new ParseIssue(kind, table, keys, expected, found, SourceLocation.atLine(80 + issues.size(), 1)));
        return this;
    }

    public TestReport paragraph(String section, String text) {
        paragraphs.add(new Paragraph(section, 10 + paragraphs.size() * 2, text));
        return this;
    }

    public TestReport replaceParagraphs(String section, String... texts) {
        paragraphs.removeIf(p -> section.equals(p.section()));
        for (String text : texts) paragraph(section, text);
        return this;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public ParsedReport build() {
        Map<String, CellSource> sources = new LinkedHashMap<>();
        int line = FIRST_TABLE_LINE;
        for (Map.Entry<String, BigDecimal> cell : cells.entrySet()) {
            String raw = cell.getValue() == null ? "" : cell.getValue().toPlainString();
            sources.put(cell.getKey(), new CellSource(raw, SourceLocation.atLine(line++, 1)));
        }
        return new ParsedReport(agency, null, year, format, publishedOn, List.copyOf(sections),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cells)), sources, List.copyOf(issues),
                List.copyOf(paragraphs));
    }

    private TestReport zeroCells(FormatVersion cellFormat) {
        for (CellDefinition cell : CellCatalog.standard().forFormat(cellFormat)) cells.put(cell.key(), BigDecimal.ZERO);
        return this;
    }

    /** Natural persons: 5 new + 1 carried over = 3 granted + 1 partial + 1 not held, 1 carried forward; 2 companies, granted. */
    private void requestsTable() {
        cells("apply.new.natural", 5, "apply.carried_over.natural", 1, "apply.granted.natural", 3, "apply.partial.natural", 1,
                "apply.unable.not_held.natural", 1, "apply.total.natural", 5, "apply.carried_forward.natural", 1,
                "apply.new.commercial", 2, "apply.granted.commercial", 2, "apply.total.commercial", 2,
                "apply.new.total", 7, "apply.carried_over.total", 1, "apply.granted.total", 5, "apply.partial.total", 1,
                "apply.unable.not_held.total", 1, "apply.total.total", 7, "apply.carried_forward.total", 1);
    }
}
