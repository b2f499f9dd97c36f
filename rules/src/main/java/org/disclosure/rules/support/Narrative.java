package org.disclosure.rules.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;

/**
 * The prose of a report: its paragraphs without headings, titles, signatures and dates, which repeat by
 * nature (the agency's name in title and signature) and state no facts worth comparing.
 */
public final class Narrative {

    /** A heading is short; longer text without sentence punctuation is still prose (a run-on paragraph). */
    private static final int HEADING_MAX_CHARS = 40;
    private static final Pattern NUMBERED_HEADING = Pattern.compile(
            "^([一二三四五六七八九十]+[、.]|\\(?[一二三四五六七八九十]+\\)|\\d+[.、]).*");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。,;!?]");
    private static final TextNormalizer.Memo<List<Paragraph>, List<Paragraph>> PROSE =
            new TextNormalizer.Memo<>(Narrative::withoutHeadings);

    private Narrative() {
    }

    public static List<Paragraph> prose(ParsedReport report) {
        if (report.paragraphs() == null) return List.of();
        // X01, Y03, Q01 and Q02 each ask for the same report's prose
        return PROSE.of(report.paragraphs());
    }

    private static List<Paragraph> withoutHeadings(List<Paragraph> paragraphs) {
        List<Paragraph> prose = new ArrayList<>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            if (!isHeading(TextNormalizer.normalize(paragraph.text()))) prose.add(paragraph);
        }
        return Collections.unmodifiableList(prose);
    }

    public static List<Paragraph> prose(ParsedReport report, String section) {
        return prose(report).stream().filter(p -> section.equals(p.section())).toList();
    }

    public static boolean isHeading(String normalized) {
        if (normalized.isEmpty()) return true;
        if (normalized.length() > HEADING_MAX_CHARS) return false;
        boolean hasSentence = SENTENCE_PUNCTUATION.matcher(normalized).find();
        if (!hasSentence) return true;
        return NUMBERED_HEADING.matcher(normalized).matches() && !normalized.contains("。");
    }

    public static SourceLocation at(Paragraph paragraph) {
        return new SourceLocation(null, paragraph.line(), null, null);
    }
}
