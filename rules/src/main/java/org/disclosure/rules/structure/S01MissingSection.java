package org.disclosure.rules.structure;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.SectionLabels;

/** S01: each of the six prescribed sections must be present; one finding per missing section. */
public final class S01MissingSection implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("S01", Severity.ERROR,
            "六个部分（总体情况、主动公开、收到和处理申请、复议诉讼、问题及改进、其他事项）缺少其中之一",
            "One of the six prescribed sections (overview, proactive disclosure, requests, review/litigation, problems, other) is missing",
            "年度报告格式由国办统一规定，缺少部分即报告不完整，公众和监督机关无法获知相应情况",
            "The layout is prescribed nationally; a missing section leaves the public and the supervisor without that part of the account",
            "按国办公开办函〔2021〕30号格式补齐缺少的部分（无内容时也应保留标题并注明“无”），重新发布",
            "Add the missing section following the prescribed layout (keep the heading and write 无 when there is nothing to report) and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        if (report.sections() == null) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("未能识别报告的各部分，无法核对是否齐全", "The report's sections were not identified; completeness cannot be checked")
                    .build());
        }
        List<Finding> findings = new ArrayList<>();
        for (String section : Sections.ALL) {
            if (report.sections().contains(section)) continue;
            findings.add(FindingBuilder.violated(this)
                    .message("缺少“" + SectionLabels.sectionZh(section) + "”部分",
                            "Section \"" + SectionLabels.sectionEn(section) + "\" (" + SectionLabels.sectionZh(section) + ") is missing")
                    .build());
        }
        return findings;
    }
}
