package org.disclosure.rules.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.Narrative;
import org.disclosure.rules.support.Numbers;
import org.disclosure.rules.support.TextNormalizer;

/**
 * X01: a count stated in the narrative contradicts the tables. Statements are read by {@link CountStatementReader};
 * one agreeing table figure clears a statement ({@link CountSubject}). One finding per contradicting statement.
 */
public final class X01NarrativeContradictsTables implements Rule {

    private static final int QUOTE_CHARS = 40;

    private static final RuleReference REFERENCE = new RuleReference("X01", Severity.ERROR,
            "正文叙述的数字与表格不一致（如正文称受理申请25件，表三新收总计为0）",
            "A count in the narrative contradicts the tables (e.g. the text says 25 requests were received, table 3 says 0)",
            "正文与表格矛盾，公众无法判断哪个数字真实，报告可信度受损",
            "When text and tables disagree nobody can tell which figure is true",
            "核实实际数字，统一正文与表格的表述后重新发布",
            "Establish the true figure, make text and tables agree and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Paragraph> prose = Narrative.prose(report);
        if (prose.isEmpty()) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("未读取到报告正文，无法核对正文与表格是否一致", "No narrative text was read; it cannot be compared with the tables")
                    .build());
        }
        List<Finding> findings = new ArrayList<>();
        for (CountStatement statement : new CountStatementReader(report.year()).read(prose)) {
            compare(report, statement).ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> compare(ParsedReport report, CountStatement statement) {
        Map<TableFigure, BigDecimal> known = new LinkedHashMap<>();
        for (TableFigure figure : statement.subject().figures()) {
            BigDecimal value = figure.valueIn(report);
            if (value == null) continue;
            if (value.compareTo(statement.value()) == 0) return Optional.empty();
            known.put(figure, value);
        }
        String quote = TextNormalizer.quote(statement.clause(), QUOTE_CHARS);
        int line = statement.paragraph().line();
        FindingBuilder finding = (known.isEmpty() ? FindingBuilder.notAssessable(this) : FindingBuilder.violated(this))
                .location(Narrative.at(statement.paragraph()));
        if (known.isEmpty()) {
            finding.message("第 " + line + " 行“" + quote + "”所述" + statement.subject().labelZh() + " "
                                    + Numbers.format(statement.value()) + " 件，表格中相应数字缺失，无法核对",
                            "Line " + line + " states " + Numbers.format(statement.value()) + " "
                                    + statement.subject().labelEn() + " (\"" + quote + "\") but the matching table cells are missing");
            statement.subject().figures().forEach(figure -> finding.cells(report, figure.keys()));
        } else {
            String tablesZh = known.entrySet().stream()
                    .map(e -> e.getKey().labelZh() + " = " + Numbers.format(e.getValue())).collect(Collectors.joining("，"));
            String tablesEn = known.entrySet().stream()
                    .map(e -> e.getKey().labelEn() + " = " + Numbers.format(e.getValue())).collect(Collectors.joining("; "));
            finding.expected(statement.value())
                    .message("第 " + line + " 行正文“" + quote + "”称" + statement.subject().labelZh() + " "
                                    + Numbers.format(statement.value()) + " 件，而" + tablesZh,
                            "Line " + line + " says " + Numbers.format(statement.value()) + " " + statement.subject().labelEn()
                                    + " (\"" + quote + "\") but " + tablesEn);
            known.keySet().forEach(figure -> finding.cells(report, figure.keys()));
        }
        return Optional.of(finding.build());
    }
}
