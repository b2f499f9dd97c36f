package org.disclosure.rules.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.Sections;

/**
 * A stand-in for the parser's paragraph collection, so the narrative rules can be tried on the real sample
 * texts without the parser: every non-blank line without a tab (table lines have tabs) is a paragraph, and
 * the six numbered section titles switch the section.
 */
final class TextFixture {

    private static final Pattern SECTION_TITLE = Pattern.compile("^\\s*([一二三四五六])、\\s*(.*)$");
    private static final String NUMERALS = "一二三四五六";
    private static final List<String> TITLE_WORDS = List.of("总体情况", "主动公开", "收到和处理", "行政复议", "问题", "其他");

    private TextFixture() {
    }

    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String section = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.contains("\t")) continue;
            Matcher title = SECTION_TITLE.matcher(line);
            if (title.matches()) {
                int index = NUMERALS.indexOf(title.group(1));
                if (title.group(2).contains(TITLE_WORDS.get(index))) section = Sections.ALL.get(index);
            }
            paragraphs.add(new Paragraph(section, i + 1, line.strip()));
        }
        return paragraphs;
    }
}
