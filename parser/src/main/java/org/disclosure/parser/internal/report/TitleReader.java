package org.disclosure.parser.internal.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.parser.internal.text.ChineseNumerals;
import org.disclosure.parser.internal.text.SourceDocument;

/**
 * Reads the title: the year reported on and the name it gives for the agency. The title may be split
 * over lines ("鹤岗市兴山区人民政府" / "2021 年度政府信息公开工作报告") and may name only a place ("友好区 2020 年…").
 */
public final class TitleReader {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2}|[二][〇零○O][一二三四五六七八九〇零○O]{2})年");
    private static final int MAX_TITLE_SEARCH_LINES = 15;
    private static final int YEAR_SEARCH_LINES = 30;

    /**
     * @param text   the title in comparable form
     * @param year   the year reported on, or null
     * @param issuer the agency or place the title names, or "" when none
     */
    public record Title(String text, Integer year, String issuer) {
    }

    private TitleReader() {
    }

    public static Title read(SourceDocument document, SectionLayout layout) {
        String text = titleText(document, Math.min(layout.firstHeadingLine(), document.lineCount()));
        Matcher year = YEAR.matcher(text);
        if (!year.find()) {
            return new Title(text, yearNearTop(document), issuerWithoutYear(text));
        }
        return new Title(text, ChineseNumerals.parse(year.group(1)), issuer(text, year));
    }

    private static String issuer(String title, Matcher year) {
        String before = stripFrame(title.substring(0, year.start()));
        return before.isEmpty() ? issuerAfterYear(title.substring(year.end())) : before;
    }

    /**
     * The line naming the report ("…报告"), skipping metadata lines web pages put above it
     * ("发布机构：…"). When that line names no one ("2021 年度政府信息公开工作报告"), the short line
     * above it is the name ("鹤岗市兴山区人民政府").
     */
    private static String titleText(SourceDocument document, int firstHeading) {
        int previous = -1;
        for (int line = 0; line < firstHeading && line < MAX_TITLE_SEARCH_LINES; line++) {
            String text = document.normalizedLine(line);
            if (text.isEmpty()) continue;
            if (text.contains("报告") && text.indexOf('。') < 0 && text.length() <= 60 && !isMetadata(text)) {
                Matcher year = YEAR.matcher(text);
                boolean namesNoOne = year.find() ? issuer(text, year).isEmpty() : issuerWithoutYear(text).isEmpty();
                return namesNoOne && previous >= 0 ? document.normalizedLine(previous) + text : text;
            }
            previous = text.length() <= 30 && !isMetadata(text) && text.indexOf('。') < 0 ? line : -1;
        }
        for (int line = 0; line < firstHeading; line++) {
            if (!document.normalizedLine(line).isEmpty()) return document.normalizedLine(line);
        }
        return "";
    }

    private static boolean isMetadata(String text) {
        return text.indexOf(':') >= 0 || text.indexOf('：') >= 0;
    }

    /** Without a year in the title: "2021年度" near the top names the year reported on better than a date. */
    private static Integer yearNearTop(SourceDocument document) {
        Integer firstYear = null;
        for (int line = 0; line < Math.min(YEAR_SEARCH_LINES, document.lineCount()); line++) {
            Matcher m = YEAR.matcher(document.normalizedLine(line));
            while (m.find()) {
                if (document.normalizedLine(line).startsWith("度", m.end())) return ChineseNumerals.parse(m.group(1));
                if (firstYear == null) firstYear = ChineseNumerals.parse(m.group(1));
            }
        }
        return firstYear;
    }

    /** "2021年度鹤岗市财政局政府信息公开工作年度报告": the name sits between the year and the report words. */
    private static String issuerAfterYear(String after) {
        String rest = after.startsWith("度") ? after.substring(1) : after;
        int end = rest.indexOf("政府信息公开");
        return stripFrame(end < 0 ? "" : rest.substring(0, end));
    }

    private static String issuerWithoutYear(String text) {
        int end = text.indexOf("政府信息公开");
        return stripFrame(end < 0 ? "" : text.substring(0, end));
    }

    private static String stripFrame(String name) {
        String result = name.replace("《", "").replace("》", "");
        for (String suffix : new String[] {"关于", "的"}) {
            if (result.endsWith(suffix)) result = result.substring(0, result.length() - suffix.length());
        }
        return result;
    }
}
