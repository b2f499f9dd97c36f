package org.disclosure.dashboard.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.rules.RuleCatalog;
import org.disclosure.rules.RuleReference;

/** Turns a report's findings into what the detail page lists: message, evidence, and the sentence for X01. */
public final class FindingViews {

    private static final Map<String, RuleReference> RULES = RuleCatalog.references().stream()
            .collect(Collectors.toMap(RuleReference::id, Function.identity(), (a, b) -> a));

    private final CellCatalog catalog;

    public FindingViews(CellCatalog catalog) {
        this.catalog = catalog;
    }

    /** The anchor of each finding on the page ("finding-1", ...), in order. */
    public static List<String> anchors(List<Finding> findings) {
        List<String> anchors = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) anchors.add("finding-" + (i + 1));
        return anchors;
    }

    public List<FindingView> views(ParsedReport report, List<Finding> findings) {
        List<String> anchors = anchors(findings);
        List<FindingView> views = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            RuleReference rule = RULES.get(finding.rule());
            views.add(new FindingView(anchors.get(i), finding.rule(), rule == null ? "" : rule.whatZh(),
                    Severities.css(finding.severity()), Severities.label(finding.severity()),
                    finding.status() == FindingStatus.VIOLATED, finding.messageZh(), evidence(finding),
                    finding.cells() == null ? List.of() : finding.cells(), narrative(report, finding).orElse(null)));
        }
        return views;
    }

    private List<String> evidence(Finding finding) {
        List<String> lines = new ArrayList<>();
        if (finding.values() != null) {
            finding.values().forEach((key, value) -> lines.add(label(key) + "：" + Numbers.count(value)));
        }
        if (finding.expected() != null) lines.add("应为：" + Numbers.count(finding.expected()));
        if (finding.locations() != null) {
            String where = finding.locations().stream().map(SourceText::of).filter(text -> !text.isEmpty())
                    .distinct().collect(Collectors.joining("；"));
            if (!where.isEmpty()) lines.add("位置：" + where);
        }
        return lines;
    }

    private String label(String key) {
        return catalog.find(key).map(definition -> definition.meaning() + "（" + key + "）").orElse(key);
    }

    /**
     * For a narrative finding (X…, Y03), the paragraph at the line the finding points to, with the passage its
     * message quotes (between “ and ”) cut out so the page can mark it.
     */
    static Optional<NarrativeQuote> narrative(ParsedReport report, Finding finding) {
        if (!finding.rule().startsWith("X") || finding.locations() == null || report.paragraphs() == null) {
            return Optional.empty();
        }
        for (SourceLocation location : finding.locations()) {
            if (location == null || location.line() == null) continue;
            for (Paragraph paragraph : report.paragraphs()) {
                if (paragraph.line() != location.line()) continue;
                return Optional.of(cut(paragraph, quote(finding.messageZh())));
            }
        }
        return Optional.empty();
    }

    /** The rules quote text without its whitespace ("申请25件" for "申请 25 件"): the search skips it too. */
    private static NarrativeQuote cut(Paragraph paragraph, String quote) {
        String text = paragraph.text();
        String compact = quote.replaceAll("\\s+", "");
        if (compact.isEmpty()) return new NarrativeQuote(paragraph.line(), text, "", "");
        String pattern = compact.codePoints().mapToObj(c -> Pattern.quote(new String(Character.toChars(c))))
                .collect(Collectors.joining("\\s*"));
        Matcher match = Pattern.compile(pattern).matcher(text);
        if (!match.find()) return new NarrativeQuote(paragraph.line(), text, "", "");
        return new NarrativeQuote(paragraph.line(), text.substring(0, match.start()), match.group(),
                text.substring(match.end()));
    }

    /** The passage a message quotes, without a trailing ellipsis; empty when there is none. */
    static String quote(String message) {
        if (message == null) return "";
        int open = message.indexOf('“');
        int close = message.indexOf('”', open + 1);
        if (open < 0 || close < 0) return "";
        String quoted = message.substring(open + 1, close);
        while (quoted.endsWith("…") || quoted.endsWith("...")) {
            quoted = quoted.endsWith("…") ? quoted.substring(0, quoted.length() - 1)
                    : quoted.substring(0, quoted.length() - 3);
        }
        return quoted;
    }

}
