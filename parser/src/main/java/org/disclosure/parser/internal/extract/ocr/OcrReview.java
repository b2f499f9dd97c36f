package org.disclosure.parser.internal.extract.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;

/**
 * What a supervisor should know about the values of a report read by OCR: every value read with a confidence below
 * {@link #LOW_CONFIDENCE} ({@code LOW_CONFIDENCE}), and every value that probably holds a misread digit
 * ({@code OCR_SUSPECT_DIGIT}, with the suggested value), found by {@link SuspectDigits}. Values are never changed:
 * the report says what the page says, and the issues say where to look.
 */
public final class OcrReview {

    /** Below this confidence (0–100) a value read by OCR is reported for a person to check. */
    public static final float LOW_CONFIDENCE = 80;

    private OcrReview() {
    }

    /**
     * @param confidence the OCR confidence of every value read from a scan, by its (relocated) source location
     */
    public static ParsedReport review(ParsedReport report, Map<SourceLocation, Float> confidence) {
        Map<String, Float> byKey = new LinkedHashMap<>();
        for (Map.Entry<String, CellSource> source : report.sources().entrySet()) {
            Float value = source.getValue().location() == null ? null : confidence.get(source.getValue().location());
            if (value != null) byKey.put(source.getKey(), value);
        }
        List<ParseIssue> issues = new ArrayList<>(report.issues());
        for (Map.Entry<String, Float> read : byKey.entrySet()) {
            if (read.getValue() >= LOW_CONFIDENCE) continue;
            CellSource source = report.sources().get(read.getKey());
            issues.add(new ParseIssue(ParseIssueKind.LOW_CONFIDENCE, tableOf(read.getKey()),
                    List.of(read.getKey()), String.format(Locale.ROOT, "OCR confidence ≥ %.0f%%", LOW_CONFIDENCE),
                    String.format(Locale.ROOT, "%s (OCR confidence %.0f%%)", source.raw(), read.getValue()),
                    source.location()));
        }
        for (SuspectDigits.Suspect suspect : SuspectDigits.suspects(report.cells(), report.format(), byKey)) {
            CellSource source = report.sources().get(suspect.key());
            issues.add(new ParseIssue(ParseIssueKind.OCR_SUSPECT_DIGIT, tableOf(suspect.key()),
                    List.of(suspect.key()), plain(suspect.suggested()) + " (" + String.join(", ", suspect.identities())
                            + " hold with it)", source.raw(), source.location()));
        }
        return new ParsedReport(report.agency(), report.region(), report.year(), report.format(), report.publishedOn(),
                report.sections(), report.cells(), report.sources(), List.copyOf(issues), report.paragraphs());
    }

    /** The table a canonical key belongs to, as parse issues name it ("active", "requests", "appeals"). */
    private static String tableOf(String key) {
        return CellCatalog.standard().find(key).orElseGet(() -> new CellDefinition(key, Set.of(), "")).table();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
