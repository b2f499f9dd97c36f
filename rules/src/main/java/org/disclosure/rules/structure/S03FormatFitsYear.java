package org.disclosure.rules.structure;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;

/** S03: reports on 2021 and later use the 2021 format, reports on 2019–2020 the 2019 format. */
public final class S03FormatFitsYear implements Rule {

    /** The first year any standard format applies to; earlier reports predate the 2019 revision of the 条例. */
    private static final int FIRST_FORMAT_YEAR = 2019;

    private static final RuleReference REFERENCE = new RuleReference("S03", Severity.ERROR,
            "表格格式与报告年度不符（2021年及以后须用2021版格式，2019—2020年用2019版格式）",
            "The table format does not fit the year (2021 onwards: the 2021 format; 2019–2020: the 2019 format)",
            "格式不符导致统计口径不一致，数据无法与其他机关汇总比较",
            "A wrong format changes what the figures mean, so they cannot be summed or compared with other agencies'",
            "按国办公开办函〔2021〕30号（2021年及以后）或〔2019〕60号（2019—2020年）格式重新编制表格",
            "Redo the tables in the format for the year (国办公开办函〔2021〕30号 from 2021, 〔2019〕60号 for 2019–2020)");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        if (report.year() == null || report.format() == null) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("报告年度或表格格式未能识别，无法核对格式", "The report year or table format is unknown; the format cannot be checked")
                    .build());
        }
        if (report.year() < FIRST_FORMAT_YEAR) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message(report.year() + " 年度报告早于统一格式的施行，不核对格式",
                            "A report on " + report.year() + " predates the standard formats; the format is not checked")
                    .build());
        }
        FormatVersion required = FormatVersion.requiredFor(report.year());
        if (report.format() == required) return List.of();
        return List.of(FindingBuilder.violated(this)
                .message(report.year() + " 年度报告应使用 " + required.label() + " 版格式，实际使用 " + report.format().label() + " 版格式",
                        "A report on " + report.year() + " must use the " + required.label() + " format but uses the "
                                + report.format().label() + " format")
                .build());
    }
}
