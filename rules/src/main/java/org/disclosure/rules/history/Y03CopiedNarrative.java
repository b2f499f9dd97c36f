package org.disclosure.rules.history;

import java.util.ArrayList;
import java.util.List;
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
import org.disclosure.rules.support.TextNormalizer;

/**
 * Y03: the narrative is largely copied from last year's report. Measured as containment of this year's
 * {@value Shingles#SIZE}-character shingles (digits folded, punctuation dropped) in last year's prose:
 * from {@value #COPIED_SHARE} on, the report counts as copied. Legal preambles and contact details that every
 * year repeats make up well under half of a real report, so the threshold leaves honest reuse alone.
 * Paragraphs themselves contained from {@value #COPIED_PARAGRAPH_SHARE} on are pointed at as evidence.
 */
public final class Y03CopiedNarrative implements Rule {

    static final double COPIED_SHARE = 0.6;
    static final double COPIED_PARAGRAPH_SHARE = 0.8;
    /** Below this many folded characters there is too little prose to judge. */
    static final int MIN_CHARS = 200;
    private static final int LOCATIONS_SHOWN = 10;

    /*
     * Each year's prose is folded and hashed once per scope (Validator.withSharedTextWork): re-validation checks an
     * agency's years one after the other, and each year's prose is read again as the next year's last year.
     */
    private static final TextNormalizer.Memo<List<Paragraph>, List<String>> FOLDED =
            new TextNormalizer.Memo<>(Y03CopiedNarrative::foldEach);
    private static final TextNormalizer.Memo<List<Paragraph>, String> FOLDED_TEXT =
            new TextNormalizer.Memo<>(prose -> String.join("", FOLDED.of(prose)));
    private static final TextNormalizer.Memo<String, long[]> WINDOWS = new TextNormalizer.Memo<>(Shingles::windows);
    private static final TextNormalizer.Memo<String, LongHashSet> SHINGLES =
            new TextNormalizer.Memo<>(text -> Shingles.set(WINDOWS.of(text)));

    private static final RuleReference REFERENCE = new RuleReference("Y03", Severity.WARNING,
            "报告正文大部分照搬该机关上一年度报告",
            "The narrative is largely copied from the agency's report for the year before",
            "照搬上年报告说明未如实总结本年度工作，报告失去监督价值",
            "A copied narrative does not account for this year's work and is useless for supervision",
            "根据本年度实际工作重新撰写总体情况、问题及改进等部分",
            "Rewrite the overview, problems and other narrative parts from this year's actual work");

    @Override
    public RuleReference reference() {
        return REFERENCE;
    }

    @Override
    public List<Finding> check(ParsedReport report, ValidationContext context) {
        Optional<Finding> unusable = PreviousYear.unusable(this, report, context);
        if (unusable.isPresent()) return List.of(unusable.get());
        List<Paragraph> thisYear = Narrative.prose(report);
        String thisText = FOLDED_TEXT.of(thisYear);
        String lastText = FOLDED_TEXT.of(Narrative.prose(context.previousYear()));
        if (thisText.length() < MIN_CHARS || lastText.length() < MIN_CHARS) {
            return List.of(FindingBuilder.notAssessable(this)
                    .message("本年或上年报告正文过短（少于 " + MIN_CHARS + " 字），无法判断是否照搬",
                            "This year's or last year's narrative is too short (under " + MIN_CHARS + " characters) to judge copying")
                    .build());
        }
        LongHashSet lastShingles = SHINGLES.of(lastText);
        long[] windows = WINDOWS.of(thisText);
        double share = Shingles.containment(windows, 0, thisText.length(), lastShingles);
        if (share < COPIED_SHARE) return List.of();
        FindingBuilder finding = FindingBuilder.violated(this);
        List<Integer> copiedLines = new ArrayList<>();
        // each paragraph's shingles are the windows of the whole prose that lie inside it (thisText joins them)
        List<String> folded = FOLDED.of(thisYear);
        int end = 0;
        for (int i = 0; i < thisYear.size(); i++) {
            Paragraph paragraph = thisYear.get(i);
            int start = end;
            end += folded.get(i).length();
            if (Shingles.containment(windows, start, end, lastShingles) >= COPIED_PARAGRAPH_SHARE) {
                copiedLines.add(paragraph.line());
                if (copiedLines.size() <= LOCATIONS_SHOWN) finding.location(Narrative.at(paragraph));
            }
        }
        long percent = Math.round(share * 100);
        String lines = copiedLines.stream().limit(LOCATIONS_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        return List.of(finding
                .message("正文约 " + percent + "% 与上一年度报告相同（阈值 " + Math.round(COPIED_SHARE * 100) + "%），照搬的段落在第 "
                                + lines + " 行",
                        "About " + percent + "% of the narrative repeats last year's report (threshold "
                                + Math.round(COPIED_SHARE * 100) + "%); copied paragraphs at lines " + lines)
                .build());
    }

    private static List<String> foldEach(List<Paragraph> paragraphs) {
        List<String> folded = new ArrayList<>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) folded.add(Shingles.fold(paragraph.text()));
        return folded;
    }
}
