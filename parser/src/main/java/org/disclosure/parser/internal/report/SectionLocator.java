package org.disclosure.parser.internal.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.parser.internal.text.SourceDocument;
import org.disclosure.parser.internal.text.Token;

/**
 * Finds the six section headings. Titles vary ("五、存在问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况"),
 * so a heading is a short line starting with a Chinese ordinal and "、" whose wording carries the
 * section's key words. Table rows that look like headings ("四、结转下年度继续办理") lack those words.
 */
public final class SectionLocator {

    private static final Pattern HEADING = Pattern.compile("^(?:第)?([一二三四五六七八九十])(?:、|\\.|部分|,)(.*)$");
    private static final int MAX_HEADING_LENGTH = 40;

    private SectionLocator() {
    }

    public static SectionLayout locate(SourceDocument document) {
        Map<ReportSection, Integer> headings = new EnumMap<>(ReportSection.class);
        for (int i = 0; i < document.lineCount(); i++) {
            String line = document.normalizedLine(i);
            if (line.length() < 3 || line.length() > MAX_HEADING_LENGTH || !startsWithOrdinal(line)
                    || hasValueCells(document, i)) {
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (!m.matches()) continue;
            String wording = m.group(2);
            for (ReportSection section : ReportSection.values()) {
                if (!headings.containsKey(section) && section.isTitledBy(wording)) {
                    headings.put(section, i);
                    break;
                }
            }
        }
        return new SectionLayout(headings, document.lineCount());
    }

    private static boolean startsWithOrdinal(String line) {
        char first = line.charAt(0) == '第' ? line.charAt(1) : line.charAt(0);
        return "一二三四五六七八九十".indexOf(first) >= 0;
    }

    /** A heading never carries numbers in table cells; a table row such as "一、本年新收…⇥0⇥0" does. */
    private static boolean hasValueCells(SourceDocument document, int line) {
        List<Token> cells = document.cells(line);
        if (cells.size() < 2) return false;
        for (Token cell : cells) {
            if (cell.isValue()) return true;
        }
        return false;
    }
}
