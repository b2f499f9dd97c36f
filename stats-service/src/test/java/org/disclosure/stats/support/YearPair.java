package org.disclosure.stats.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;

/**
 * Two years of one agency made from a sample (桦川县人民政府, 230826): the earlier year is the sample as parsed, the
 * later one copies its narrative (one paragraph reworded, one dropped, one added) and plants jumps:
 *
 * <pre>
 * apply.new.total                 12 → 60     more than ×3, both ≥ 10: implausible
 * active.normative_docs.in_force  30 → 0      last year's 30 + issued 2 − repealed 40 = −8: a stock below zero
 * apply.carried_over.total         — → 3      last year's carried forward is 0: Y01 inconsistent
 * findings  A01 (apply.new.total) in both years; Q02 only earlier (fixed); Y03 and X01 only later (new)
 * </pre>
 */
public final class YearPair {

    public static final String SAMPLE = "004_b6a5a2f03b247e6e.txt";
    public static final String ADDED_SENTENCE = "本年度新建政务公开专区三个，组织业务培训两次，群众满意度明显提升。";
    public static final String REWORDED_PREFIX = "今年我们";

    private YearPair() {
    }

    /** The parser's canonical JSON of the sample, kept as a test resource: ReportComparerTest checks it is current. */
    public static final String PARSED = "/comparison/004_b6a5a2f03b247e6e.parsed.json";

    /**
     * The sample as the parser reads it. Read from its stored canonical JSON rather than parsed here: a @QuarkusTest
     * fixture calling the parser from a helper class gets the parser's classes from another class loader.
     */
    public static ParsedReport sample() {
        try (InputStream in = YearPair.class.getResourceAsStream(PARSED)) {
            if (in == null) throw new IllegalStateException("missing " + PARSED);
            return CanonicalJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), ParsedReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample moved to {@code year}, with the earlier year's planted values. */
    public static ParsedReport earlier(int year) {
        ParsedReport sample = sample();
        Map<String, BigDecimal> cells = new LinkedHashMap<>(sample.cells());
        cells.put("apply.new.total", BigDecimal.valueOf(12));
        cells.put("active.normative_docs.in_force", BigDecimal.valueOf(30));
        cells.put("apply.carried_forward.total", BigDecimal.ZERO);
        return with(sample, year, cells, sample.paragraphs());
    }

    /** The next year: mostly copied narrative, the planted jumps. */
    public static ParsedReport later(int year) {
        ParsedReport earlier = earlier(year - 1);
        Map<String, BigDecimal> cells = new LinkedHashMap<>(earlier.cells());
        cells.put("apply.new.total", BigDecimal.valueOf(60));
        cells.put("active.normative_docs.issued", BigDecimal.valueOf(2));
        cells.put("active.normative_docs.repealed", BigDecimal.valueOf(40));
        cells.put("active.normative_docs.in_force", BigDecimal.ZERO);
        cells.put("apply.carried_over.total", BigDecimal.valueOf(3));
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Paragraph> prose = earlier.paragraphs().stream().filter(p -> p.text().length() > 60).toList();
        Paragraph reworded = prose.get(1);
        Paragraph dropped = prose.get(2);
        for (Paragraph paragraph : earlier.paragraphs()) {
            if (paragraph == dropped) continue;
            if (paragraph == reworded) {
                paragraphs.add(new Paragraph(paragraph.section(), paragraph.line(), reword(paragraph.text())));
            } else {
                paragraphs.add(paragraph);
            }
        }
        paragraphs.add(new Paragraph("problems", 9999, ADDED_SENTENCE));
        return with(earlier, year, cells, paragraphs);
    }

    /** The reworded paragraph's first sentence: a prefix and a few characters fewer, still mostly the same words. */
    static String reword(String text) {
        int end = text.indexOf('。');
        String first = end < 0 ? text : text.substring(0, end);
        String rest = end < 0 ? "" : text.substring(end);
        return REWORDED_PREFIX + first.substring(0, Math.max(0, first.length() - 3)) + rest;
    }

    public static List<Finding> earlierFindings() {
        return List.of(violation("A01", Severity.ERROR, List.of("apply.new.total"), "表三 总计 列：一+二 ≠ 总计+四"),
                violation("Q02", Severity.WARNING, List.of(), "第五部分只有套话"));
    }

    public static List<Finding> laterFindings() {
        return List.of(violation("A01", Severity.ERROR, List.of("apply.new.total"), "表三 总计 列：一+二 ≠ 总计+四，相差 3"),
                violation("Y03", Severity.WARNING, List.of(), "正文约 90% 与上一年度报告相同"),
                violation("X01", Severity.ERROR, List.of("apply.new.total"), "正文称受理申请 25 件，表三新收总计为 60"));
    }

    private static Finding violation(String rule, Severity severity, List<String> cells, String message) {
        return new Finding(rule, severity, FindingStatus.VIOLATED, cells, Map.of(), null, List.of(), message, message);
    }

    public static Region region() {
        return sample().region();
    }

    private static ParsedReport with(ParsedReport base, int year, Map<String, BigDecimal> cells,
            List<Paragraph> paragraphs) {
        return new ParsedReport(base.agency(), base.region(), year, base.format(), base.publishedOn(), base.sections(),
                cells, base.sources(), base.issues(), paragraphs);
    }
}
