package org.disclosure.rules.narrative;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.rules.Rule;
import org.disclosure.rules.RuleReference;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.support.FindingBuilder;
import org.disclosure.rules.support.Narrative;
import org.disclosure.rules.support.TextNormalizer;

/**
 * Q01: a sentence, paragraph or long clause occurs twice in the report. Repetition is found on clauses
 * (text between commas, full stops, colons or brackets) so that a doubled clause inside one sentence
 * ("紧紧围绕区委区政府中心工作，紧紧围绕区委区政府中心工作，") counts as well as a pasted paragraph.
 *
 * <p>A clause counts from {@value #MIN_CLAUSE_CHARS} characters with at least {@value #MIN_CLAUSE_HAN}
 * Chinese characters: short formulas such as 以公开促落实 (6) recur legitimately, and contact details
 * (phone numbers, e-mail) are not prose. Repeated clauses shared by the same paragraphs make one finding.
 */
public final class Q01RepeatedText implements Rule {

    static final int MIN_CLAUSE_CHARS = 10;
    static final int MIN_CLAUSE_HAN = 8;
    private static final int QUOTE_CHARS = 30;

    private static final RuleReference REFERENCE = new RuleReference("Q01", Severity.WARNING,
            "报告中有重复的句子、段落或较长的分句",
            "A sentence, paragraph or long clause is repeated inside the report",
            "重复内容通常是编辑或转换错误，降低报告的严肃性和可读性",
            "Repeated text is usually an editing or conversion slip and makes the report look careless",
            "删除重复内容，校对全文后重新发布",
            "Remove the repetition, proofread the whole report and republish");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        List<Paragraph> prose = Narrative.prose(report);
        if (prose.isEmpty()) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("未读取到报告正文，无法核对重复内容", "No narrative text was read; repetition cannot be checked")
                    .build());
        }
        Map<String, List<Paragraph>> occurrences = new LinkedHashMap<>();
        for (Paragraph paragraph : prose) {
            for (String sentence : TextNormalizer.sentences(TextNormalizer.normalize(paragraph.text()))) {
                for (String clause : TextNormalizer.clauses(sentence)) {
                    if (isSubstantial(clause)) occurrences.computeIfAbsent(clause, c -> new ArrayList<>()).add(paragraph);
                }
            }
        }
        Map<TreeSet<Integer>, List<String>> repeatsByParagraphs = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, List<Paragraph>> entry : occurrences.entrySet()) {
            if (entry.getValue().size() < 2) continue;
            TreeSet<Integer> lines = entry.getValue().stream().map(Paragraph::line).collect(Collectors.toCollection(TreeSet::new));
            repeatsByParagraphs.computeIfAbsent(lines, l -> new ArrayList<>()).add(entry.getKey());
            counts.put(entry.getKey(), entry.getValue().size());
        }
        List<Finding> findings = new ArrayList<>();
        repeatsByParagraphs.forEach((lines, clauses) -> findings.add(finding(lines, clauses, counts)));
        return findings;
    }

    private static boolean isSubstantial(String clause) {
        return clause.length() >= MIN_CLAUSE_CHARS && TextNormalizer.cjkCount(clause) >= MIN_CLAUSE_HAN;
    }

    private Finding finding(TreeSet<Integer> lines, List<String> clauses, Map<String, Integer> counts) {
        String longest = clauses.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        String quote = TextNormalizer.quote(longest, QUOTE_CHARS);
        int others = clauses.size() - 1;
        String linesText = lines.stream().map(String::valueOf).collect(Collectors.joining("、"));
        String linesTextEn = lines.stream().map(String::valueOf).collect(Collectors.joining(", "));
        FindingBuilder finding = FindingBuilder.violated(this);
        lines.forEach(line -> finding.location(new SourceLocation(null, line, null, null)));
        if (lines.size() == 1) {
            return finding.message("第 " + linesText + " 行段落中“" + quote + "”重复出现 " + counts.get(longest) + " 次"
                                    + (others > 0 ? "（另有 " + others + " 处分句重复）" : ""),
                            "The paragraph at line " + linesTextEn + " repeats \"" + quote + "\" " + counts.get(longest) + " times"
                                    + (others > 0 ? " (and " + others + " more repeated clauses)" : ""))
                    .build();
        }
        return finding.message("第 " + linesText + " 行段落内容重复：“" + quote + "”"
                                + (others > 0 ? "等 " + clauses.size() + " 处分句相同" : ""),
                        "Paragraphs at lines " + linesTextEn + " repeat the same text: \"" + quote + "\""
                                + (others > 0 ? " and " + others + " more clauses" : ""))
                .build();
    }
}
