package org.disclosure.rules.narrative;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.Narrative;
import org.disclosure.rules.support.Phrases;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Q02: section 五 must name problems and concrete improvement measures. It fails when it is empty, says only
 * "无", is shorter than {@value #MIN_CHARS} characters, or names no concrete measure: a concrete measure is an
 * action on something identifiable (制定/修订 a rule, 建立 a mechanism, 开展 training, 整改, 《a document》…).
 * Generic verbs alone (加强, 提升, 推进, 落实) are boilerplate and do not count.
 */
public final class Q02ProblemsSection implements Rule {

    static final int MIN_CHARS = 30;
    private static final Pattern NOTHING = Pattern.compile("^(无|暂无|没有|不存在|无问题|没有问题)[。.]?$");
    private static final Pattern SECTION_TITLE = Pattern.compile("^五[、.].*|.*存在的?主要问题.*改进.*");
    private static final Phrases CONCRETE_MEASURE = Phrases.of(
            "制定", "修订", "印发", "出台", "建立", "健全", "完善", "开展", "组织", "培训", "整改", "优化", "升级", "改版", "增设",
            "开设", "设立", "督查", "督导", "检查", "考核", "通报", "梳理", "更新", "细化", "清理", "专栏", "专区", "目录", "指南",
            "清单", "台账", "机制", "制度", "《");

    private static final RuleReference REFERENCE = new RuleReference("Q02", Severity.WARNING,
            "第五部分“存在的主要问题及改进情况”为空、仅写“无”，或只有套话、没有具体改进措施",
            "Section 5 (problems and improvements) is empty, says only 无, or is boilerplate without a concrete measure",
            "条例要求如实报告存在的问题和改进措施，空洞表述使监督无从着手",
            "The regulations require an honest account of problems and remedies; empty phrases leave nothing to follow up",
            "写明本年度工作中发现的具体问题，以及针对每个问题的具体措施、责任和时限",
            "Name the concrete problems found this year and, for each, the measure taken or planned, who is responsible and by when");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        if (report.sections() == null || !report.sections().contains(Sections.PROBLEMS)) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("未找到第五部分，无法核对其内容（缺少部分见 S01）",
                            "Section 5 was not found, so its content cannot be checked (S01 reports the missing section)")
                    .build());
        }
        List<Paragraph> body = body(report);
        String text = body.stream().map(p -> TextNormalizer.normalize(p.text())).collect(Collectors.joining());
        FindingBuilder finding = FindingBuilder.violated(this);
        body.forEach(p -> finding.location(Narrative.at(p)));
        if (text.isEmpty()) {
            return List.of(finding.message("第五部分“存在的主要问题及改进情况”没有内容", "Section 5 (problems and improvements) is empty").build());
        }
        if (NOTHING.matcher(text).matches()) {
            return List.of(finding.message("第五部分只写了“" + text + "”，未报告问题和改进措施",
                    "Section 5 only says \"" + text + "\" and reports no problem or improvement").build());
        }
        if (text.length() < MIN_CHARS || !CONCRETE_MEASURE.in(text)) {
            return List.of(finding.message("第五部分只有笼统表述，没有具体改进措施：“" + TextNormalizer.quote(text, 40) + "”",
                    "Section 5 is boilerplate without a concrete measure: \"" + TextNormalizer.quote(text, 40) + "\"").build());
        }
        return List.of();
    }

    private static List<Paragraph> body(ParsedReport report) {
        if (report.paragraphs() == null) return List.of();
        return report.paragraphs().stream()
                .filter(p -> Sections.PROBLEMS.equals(p.section()))
                .filter(p -> !isTitle(TextNormalizer.normalize(p.text())))
                .toList();
    }

    private static boolean isTitle(String normalized) {
        return normalized.length() <= 30 && SECTION_TITLE.matcher(normalized).matches();
    }
}
