package org.disclosure.rules.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Sections;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.SectionLabels;

/**
 * S02: tables 二, 三 and 四 must each be present and readable. A table counts as missing when the report holds
 * no cell key of it at all (either format's keys count, so a format mix-up is left to S03), and as unreadable
 * when the parser says so.
 */
public final class S02MissingTable implements Rule {

    private static final List<String> TABLES = List.of(Sections.ACTIVE, Sections.REQUESTS, Sections.APPEALS);

    private static final RuleReference REFERENCE = new RuleReference("S02", Severity.ERROR,
            "标准表格（表二、表三、表四）缺失或无法读取",
            "A standard table (2, 3 or 4) is missing or could not be read",
            "三张统计表是年度报告的核心数据，缺失或不可读则无法统计和核对",
            "The three tables carry the report's figures; without them nothing can be counted or cross-checked",
            "按规定格式补充完整表格，以可复制的文字表格（而非图片）发布",
            "Publish the complete table in the prescribed layout as a text table (not an image)");

    /** The catalog's keys of each table, in catalog order. */
    private static final Map<String, List<String>> KEYS = TABLES.stream().collect(
            Collectors.toUnmodifiableMap(table -> table, table -> CellCatalog.standard().all().stream()
                    .filter(cell -> cell.table().equals(table)).map(CellDefinition::key).toList()));

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Finding> findings = new ArrayList<>();
        for (String table : TABLES) {
            ParseIssue unreadable = unreadableIssue(report, table);
            if (unreadable != null) {
                findings.add(FindingBuilder.violated(this).location(unreadable.location()).keys(unreadable.keys())
                        .message(SectionLabels.tableZh(table) + "无法读取", SectionLabels.tableEn(table) + " could not be read")
                        .build());
            } else if (!hasAnyCell(report, table)) {
                findings.add(FindingBuilder.violated(this)
                        .message("缺少" + SectionLabels.tableZh(table), SectionLabels.tableEn(table) + " is missing")
                        .build());
            }
        }
        return findings;
    }

    private static ParseIssue unreadableIssue(ParsedReport report, String table) {
        if (report.issues() == null) return null;
        return report.issues().stream()
                .filter(issue -> issue.kind() == ParseIssueKind.TABLE_UNREADABLE && table.equals(issue.table()))
                .findFirst().orElse(null);
    }

    private static boolean hasAnyCell(ParsedReport report, String table) {
        for (String key : KEYS.get(table)) {
            if (report.has(key)) return true;
        }
        return false;
    }
}
