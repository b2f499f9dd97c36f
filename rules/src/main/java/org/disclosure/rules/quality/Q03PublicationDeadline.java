package org.disclosure.rules.quality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;

/**
 * Q03: published after the legal deadline. The date is the one under the signature, else the submission
 * metadata's; see {@link AgencyKind} for which deadline applies.
 */
public final class Q03PublicationDeadline implements Rule {

    private static final RuleReference REFERENCE = new RuleReference("Q03", Severity.WARNING,
            "报告发布晚于法定期限（政府部门为次年1月31日，本级人民政府为次年3月31日）",
            "Published after the legal deadline (31 January for government departments, 31 March for a government's own report)",
            "《政府信息公开条例》第四十九、五十条规定了年度报告的公布期限，逾期发布属于违反条例",
            "Articles 49–50 of the Regulations on Open Government Information set the deadlines; late publication breaches them",
            "今后按期发布；本年度报告应尽快发布并在报告中注明发布日期",
            "Publish on time in future; publish this report now and date it");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        LocalDate published = report.publishedOn() != null ? report.publishedOn() : context.submittedPublishedOn();
        if (published == null || report.year() == null) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("报告未注明发布日期（或年度未知），无法核对是否按期发布",
                            "The report carries no publication date (or its year is unknown); timeliness cannot be checked")
                    .build());
        }
        if (report.agency() == null || report.agency().isBlank()) {
            return checkWithoutAgency(report.year(), published);
        }
        AgencyKind kind = AgencyKind.of(report.agency());
        LocalDate deadline = kind.deadlineFor(report.year());
        if (!published.isAfter(deadline)) return List.of();
        long days = ChronoUnit.DAYS.between(deadline, published);
        return List.of(FindingBuilder.violated(this)
                .message(report.agency() + "（" + kind.labelZh() + "）" + report.year() + " 年度报告于 " + published
                                + " 发布，晚于法定期限 " + deadline + " 共 " + days + " 天",
                        report.agency() + " (" + kind.labelEn() + ") published its report on " + report.year() + " on "
                                + published + ", " + days + " days after the deadline of " + deadline)
                .build());
    }

    // Without the agency's name the later deadline is the only safe yardstick; between the two it is undecidable.
    private List<Finding> checkWithoutAgency(int year, LocalDate published) {
        LocalDate latest = AgencyKind.GOVERNMENT.deadlineFor(year);
        LocalDate earliest = AgencyKind.DEPARTMENT.deadlineFor(year);
        if (published.isAfter(latest)) {
            return List.of(FindingBuilder.violated(this)
                    .message(year + " 年度报告于 " + published + " 发布，晚于任何机关的法定期限 " + latest,
                            "The report on " + year + " was published on " + published + ", after every deadline (" + latest + ")")
                    .build());
        }
        if (published.isAfter(earliest)) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("发布机关未知，" + published + " 是否逾期取决于其为政府部门还是本级政府",
                            "The agency is unknown; whether " + published + " is late depends on whether it is a department or a government")
                    .build());
        }
        return List.of();
    }
}
