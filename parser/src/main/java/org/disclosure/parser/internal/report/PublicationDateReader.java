package org.disclosure.parser.internal.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.parser.internal.text.ChineseNumerals;
import org.disclosure.parser.internal.text.SourceDocument;

/**
 * Reads the date under the signature at the end of the report ("2022年2月15日"). Only a line that is
 * nothing but a date counts, so dates mentioned in the last paragraphs are not taken for it.
 */
public final class PublicationDateReader {

    private static final String NUMBER = "(\\d{1,4}|[〇零○O一二三四五六七八九十]{1,4})";
    private static final Pattern DATE_LINE = Pattern.compile(NUMBER + "年" + NUMBER + "月" + NUMBER + "日");
    private static final int SEARCH_LINES = 6;

    private PublicationDateReader() {
    }

    static boolean isDate(String normalizedLine) {
        return DATE_LINE.matcher(normalizedLine).matches();
    }

    public static LocalDate read(SourceDocument document) {
        int seen = 0;
        for (int line = document.lineCount() - 1; line >= 0 && seen < SEARCH_LINES; line--) {
            String text = document.normalizedLine(line);
            if (text.isEmpty()) continue;
            seen++;
            Matcher m = DATE_LINE.matcher(text);
            if (m.matches()) return toDate(m);
        }
        return null;
    }

    private static LocalDate toDate(Matcher m) {
        try {
            return LocalDate.of(ChineseNumerals.parse(m.group(1)), ChineseNumerals.parse(m.group(2)),
                    ChineseNumerals.parse(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
