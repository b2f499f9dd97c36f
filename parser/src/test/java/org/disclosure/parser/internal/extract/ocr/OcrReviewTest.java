package org.disclosure.parser.internal.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.SourceLocation;
import org.junit.jupiter.api.Test;

/** Low-confidence values and probable misread digits are reported, never corrected. */
class OcrReviewTest {

    /**
     * A consistent 2021-format table 三 and 四, every cell of the catalog: 12 new + 3 carried over; 10 granted,
     * 2 partial, 1 not held; 2 carried forward; review 4 upheld + 1 corrected.
     */
    private static Map<String, BigDecimal> consistentTable() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (CellDefinition cell : CellCatalog.standard().forFormat(FormatVersion.F2021)) {
            if (!cell.table().equals("active")) cells.put(cell.key(), BigDecimal.ZERO);
        }
        put(cells, "new", 12);
        put(cells, "carried_over", 3);
        put(cells, "granted", 10);
        put(cells, "partial", 2);
        put(cells, "unable.not_held", 1);
        put(cells, "total", 13);
        put(cells, "carried_forward", 2);
        cells.put("review.upheld", BigDecimal.valueOf(4));
        cells.put("review.corrected", BigDecimal.ONE);
        cells.put("review.total", BigDecimal.valueOf(5));
        return cells;
    }

    /** All of a row in the natural-person column and the total column. */
    private static void put(Map<String, BigDecimal> cells, String row, int value) {
        cells.put("apply." + row + ".natural", BigDecimal.valueOf(value));
        cells.put("apply." + row + ".total", BigDecimal.valueOf(value));
    }

    private static Map<String, Float> readByOcr(Map<String, BigDecimal> cells, float confidence) {
        Map<String, Float> read = new LinkedHashMap<>();
        cells.keySet().forEach(key -> read.put(key, confidence));
        return read;
    }

    @Test
    void aConsistentTableHasNoSuspect() {
        Map<String, BigDecimal> cells = consistentTable();
        assertTrue(SuspectDigits.suspects(cells, FormatVersion.F2021, readByOcr(cells, 95)).isEmpty());
    }

    @Test
    void aDigitThatBreaksARowAndAColumnIsSuspectedWithTheValueThatMendsBoth() {
        Map<String, BigDecimal> cells = consistentTable();
        cells.put("apply.granted.natural", BigDecimal.valueOf(18)); // 10 read as 18: A02 (column) and A03 (row) fail
        List<SuspectDigits.Suspect> suspects = SuspectDigits.suspects(cells, FormatVersion.F2021,
                readByOcr(cells, 95));
        assertEquals(1, suspects.size(), suspects.toString());
        assertEquals("apply.granted.natural", suspects.getFirst().key());
        assertEquals(0, BigDecimal.TEN.compareTo(suspects.getFirst().suggested()));
        assertEquals(List.of("A02", "A03"), suspects.getFirst().identities().stream().sorted().toList());
    }

    @Test
    void aTwentyNineteenTableCountsItsSingleOtherHandlingRow() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        for (CellDefinition cell : CellCatalog.standard().forFormat(FormatVersion.F2019)) {
            if (cell.table().equals("requests")) cells.put(cell.key(), BigDecimal.ZERO);
        }
        put(cells, "new", 12);
        put(cells, "carried_over", 3);
        put(cells, "granted", 10);
        put(cells, "partial", 2);
        put(cells, "other.all", 1);
        put(cells, "total", 13);
        put(cells, "carried_forward", 2);
        assertTrue(SuspectDigits.suspects(cells, FormatVersion.F2019, readByOcr(cells, 95)).isEmpty());

        cells.put("apply.other.all.natural", BigDecimal.valueOf(7)); // 1 read as 7: A02 and A03 fail
        List<SuspectDigits.Suspect> suspects = SuspectDigits.suspects(cells, FormatVersion.F2019,
                readByOcr(cells, 95));
        assertEquals(1, suspects.size(), suspects.toString());
        assertEquals("apply.other.all.natural", suspects.getFirst().key());
        assertEquals(0, BigDecimal.ONE.compareTo(suspects.getFirst().suggested()));
        assertEquals(List.of("A02", "A03"), suspects.getFirst().identities().stream().sorted().toList());
    }

    @Test
    void whenTheArithmeticCannotTellWhichCellIsWrongNothingIsSuspected() {
        Map<String, BigDecimal> cells = consistentTable();
        cells.put("review.upheld", BigDecimal.valueOf(7)); // 4 read as 7: only A04 of the review group fails
        // upheld 7→4, or total 5→8: both one digit off, both mend A04, equally confident
        assertTrue(SuspectDigits.suspects(cells, FormatVersion.F2021, readByOcr(cells, 95)).isEmpty());
        Map<String, Float> confidence = readByOcr(cells, 95);
        confidence.put("review.upheld", 62f);
        List<SuspectDigits.Suspect> suspects = SuspectDigits.suspects(cells, FormatVersion.F2021, confidence);
        assertEquals(1, suspects.size(), "the less confident reading is the suspect");
        assertEquals("review.upheld", suspects.getFirst().key());
        assertEquals(0, BigDecimal.valueOf(4).compareTo(suspects.getFirst().suggested()));
    }

    @Test
    void aGapNoSingleDigitExplainsIsNoSuspect() {
        Map<String, BigDecimal> cells = consistentTable();
        cells.put("review.total", BigDecimal.valueOf(37)); // 4 + 1 ≠ 37, and no single digit of any term mends it
        assertFalse(SuspectDigits.oneDigitApart(BigDecimal.valueOf(40), BigDecimal.valueOf(54)));
        assertTrue(SuspectDigits.oneDigitApart(BigDecimal.valueOf(18), BigDecimal.valueOf(10)));
        assertTrue(SuspectDigits.oneDigitApart(BigDecimal.valueOf(110), BigDecimal.valueOf(10)));
        assertTrue(SuspectDigits.suspects(cells, FormatVersion.F2021, readByOcr(cells, 95)).isEmpty());
    }

    @Test
    void valuesAreNeverChangedOnlyReported() {
        Map<String, BigDecimal> cells = consistentTable();
        cells.put("apply.granted.natural", BigDecimal.valueOf(18));
        Map<String, CellSource> sources = new LinkedHashMap<>();
        Map<SourceLocation, Float> confidence = new LinkedHashMap<>();
        int row = 0;
        for (String key : cells.keySet()) {
            SourceLocation where = new SourceLocation(2, null, null, "table 2, row " + ++row + "; OCR");
            sources.put(key, new CellSource(String.valueOf(cells.get(key)), where));
            confidence.put(where, key.equals("review.total") ? 41f : 96f);
        }
        ParsedReport report = new ParsedReport("某区人民政府", null, 2021, FormatVersion.F2021, null, List.of(),
                Map.copyOf(cells), sources, List.of(), List.of());

        ParsedReport reviewed = OcrReview.review(report, confidence);

        assertEquals(report.cells(), reviewed.cells(), "no value changed");
        ParseIssue low = single(reviewed, ParseIssueKind.LOW_CONFIDENCE);
        assertEquals(List.of("review.total"), low.keys());
        assertEquals("appeals", low.table());
        assertTrue(low.found().contains("41%"), low.found());
        ParseIssue digit = single(reviewed, ParseIssueKind.OCR_SUSPECT_DIGIT);
        assertEquals(List.of("apply.granted.natural"), digit.keys());
        assertEquals("18", digit.found());
        assertTrue(digit.expected().startsWith("10 "), digit.expected());
        assertEquals(sources.get("apply.granted.natural").location(), digit.location());
    }

    private static ParseIssue single(ParsedReport report, ParseIssueKind kind) {
        List<ParseIssue> issues = report.issues().stream().filter(i -> i.kind() == kind).toList();
        assertEquals(1, issues.size(), issues.toString());
        return issues.getFirst();
    }
}
