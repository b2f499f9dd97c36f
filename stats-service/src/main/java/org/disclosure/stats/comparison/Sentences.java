package org.disclosure.stats.comparison;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.rules.history.Shingles;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.support.Narrative;

/** The prose of a report (rules' {@link Narrative}: no headings, titles, signatures) cut into sentences. */
final class Sentences {

    /** A sentence ends at 。！？； (full or half width) or the paragraph's end; the mark stays with it. */
    private static final Pattern SENTENCE = Pattern.compile("[^。！？；!?;]+[。！？；!?;]*");
    /** Fewer letters than this (after folding) is a fragment such as "（一）", not a sentence. */
    private static final int MIN_LETTERS = 4;

    private Sentences() {
    }

    record Sentence(String section, int line, String text, String folded) {
    }

    static List<Sentence> of(ParsedReport report) {
        List<Sentence> sentences = new ArrayList<>();
        if (report == null) return sentences;
        for (Paragraph paragraph : Narrative.prose(report)) {
            Matcher matcher = SENTENCE.matcher(paragraph.text());
            while (matcher.find()) {
                String text = matcher.group().strip();
                String folded = Shingles.fold(text);
                if (folded.length() >= MIN_LETTERS) {
                    sentences.add(new Sentence(paragraph.section(), paragraph.line(), text, folded));
                }
            }
        }
        return sentences;
    }
}
