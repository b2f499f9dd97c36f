package org.disclosure.parser.internal.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the report inside a government web page. Site chrome (scripts, menus, navigation, breadcrumbs,
 * footers, share bars) is removed first; the report is then the smallest element that still holds all
 * the report's section headings found on the page, widened to take in the title when the site prints
 * the title above the article box.
 */
final class HtmlReportBody {

    /** Elements that are never part of a report. */
    private static final String CHROME_TAGS = "script, style, noscript, template, nav, footer, aside, form, iframe, "
            + "object, embed, svg, canvas, button, select, input, textarea, menu";
    /** class/id words that sites use for their chrome. */
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "(^|[-_\\s])(nav|navbar|menu|menus|footer|foot|breadcrumb|crumb|share|sidebar|side|login|search|"
                    + "copyright|toolbar|banner|topbar|friend-?links?|links|related|guide|skip)([-_\\s\\d]|$)");
    /** Headings every report has; how many of them an element contains tells how much of the report it holds. */
    private static final List<String> SECTION_MARKS = List.of("总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请",
            "行政复议", "存在的主要问题", "其他需要报告的事项");
    private static final int LONGEST_TITLE = 80;

    private HtmlReportBody() {
    }

    static Element find(Document page) {
        page.select(CHROME_TAGS).remove();
        for (Element element : page.body().select("[class], [id]")) {
            if (isChrome(element)) element.remove();
        }
        Element body = page.body();
        int marks = marksIn(body.text());
        if (marks == 0) return body;
        Element best = body;
        // descend while one child still holds every heading the page holds
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : best.children()) {
                if (marksIn(child.text()) == marks) {
                    best = child;
                    descended = true;
                    break;
                }
            }
        }
        while (best != body && !hasTitle(best)) best = best.parent();
        return best;
    }

    private static boolean isChrome(Element element) {
        if (element.parent() == null || element.tagName().equals("body")) return false;
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return !names.isBlank() && CHROME_NAMES.matcher(names).find() && !holdsReport(element);
    }

    /** A wrapper named "main-side-content" that holds the report itself is not chrome. */
    private static boolean holdsReport(Element element) {
        return marksIn(element.text()) >= 2;
    }

    private static boolean hasTitle(Element element) {
        for (Element block : element.select("h1, h2, h3, p, div, td, span, strong")) {
            String text = block.ownText();
            if (text.length() <= LONGEST_TITLE && text.contains("年度报告")) return true;
        }
        return false;
    }

    private static int marksIn(String text) {
        int count = 0;
        for (String mark : SECTION_MARKS) {
            if (text.contains(mark)) count++;
        }
        return count;
    }
}
