package org.disclosure.parser.internal.text;

import java.util.regex.Pattern;

/**
 * Recognises lines that conversions insert into the flow of a table but that belong to the page:
 * page numbers, "第 3 页 共 9 页", markdown horizontal rules and table separators.
 */
final class LayoutNoise {

    private static final Pattern DECORATED_PAGE_NUMBER = Pattern.compile("[-—–~_]+\\d{1,4}[-—–~_]+");
    private static final Pattern WORDED_PAGE_NUMBER = Pattern.compile(
            "(第\\d{1,4}页(,?共\\d{1,4}页)?|共\\d{1,4}页,?第\\d{1,4}页|\\d{1,4}/\\d{1,4}|(?i:page)\\d{1,4}((?i:of)\\d{1,4})?)");
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,4}");
    /** Page numbers and rules are short; longer lines are content and skip the patterns below. */
    private static final int LONGEST_NOISE = 200;
    private static final Pattern RULE = Pattern.compile("[-=—_:|+]*[-=—_]{3,}[-=—_:|+]*");

    private LayoutNoise() {
    }

    private static boolean mayBeNoise(char first) {
        return first <= 0x7F || "—–第共－｜".indexOf(first) >= 0 || first >= '０' && first <= '９';
    }

    private static char firstVisible(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u3000' && c != '*' && c != '#') return c;
        }
        return ' ';
    }

    /**
     * @param nearPageBreak the line touches a form feed, where a bare number on its own is a page number — but not a
     *                      field of a tab-delimited row: that is a table's cell, the last of a row broken over two
     *                      pages when no page number stands between it and the form feed (a scan read by OCR, where
     *                      the small page number is unreadable and left out)
     */
    static boolean isNoise(String line, boolean nearPageBreak) {
        if (line.length() > LONGEST_NOISE || !mayBeNoise(firstVisible(line))) return false;
        String compact = LabelText.normalize(line).replace("\t", "");
        if (compact.isEmpty() || compact.length() > 40 || !mayBeNoise(compact.charAt(0))) return false;
        if (RULE.matcher(compact).matches()) return true;
        if (DECORATED_PAGE_NUMBER.matcher(compact).matches()) return true;
        if (WORDED_PAGE_NUMBER.matcher(compact).matches()) return true;
        return nearPageBreak && line.indexOf('\t') < 0 && BARE_NUMBER.matcher(compact).matches();
    }
}
