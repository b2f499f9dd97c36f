package org.disclosure.stats.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.stats.repository.Correction;
import org.junit.jupiter.api.Test;

class CellCorrectionTest {

    private static final CellCatalog CATALOG = CellCatalog.standard();

    private static ParsedReport report(FormatVersion format) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put("apply.new.total", new BigDecimal("12"));
        cells.put("apply.total.total", null);
        return new ParsedReport("某县人民政府", null, 2022, format, null, List.of(), cells, Map.of(), List.of(),
                List.of());
    }

    @Test
    void setsTheCellAndKeepsTheRest() {
        ParsedReport original = report(FormatVersion.F2021);
        ParsedReport corrected = new CellCorrection("apply.new.total", new BigDecimal("12.0"), BigDecimal.TEN, "OCR")
                .applyTo(original, CATALOG);
        assertEquals(BigDecimal.TEN, corrected.value("apply.new.total"));
        assertTrue(corrected.has("apply.total.total"));
        assertEquals(new BigDecimal("12"), original.value("apply.new.total"), "the original stays as parsed");
        // a blank cell is corrected by naming no old value
        assertEquals(BigDecimal.ONE, new CellCorrection("apply.total.total", null, BigDecimal.ONE, "空白")
                .applyTo(original, CATALOG).value("apply.total.total"));
    }

    @Test
    void aValueThatIsNoLongerThereIsAConflict() {
        CorrectionRefusedException refused = assertThrows(CorrectionRefusedException.class,
                () -> new CellCorrection("apply.new.total", new BigDecimal("11"), BigDecimal.TEN, "OCR")
                        .applyTo(report(FormatVersion.F2021), CATALOG));
        assertTrue(refused.conflict());
        assertTrue(refused.getMessage().contains("当前值为 12"), refused.getMessage());
    }

    @Test
    void invalidRequestsAreRefusedWithAReadableSentence() {
        ParsedReport report = report(FormatVersion.F2021);
        assertInvalid(new CellCorrection("apply.nothing", new BigDecimal("12"), BigDecimal.TEN, "x"), report, "未知的单元格");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), new BigDecimal("-1"), "x"), report, "负数");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), new BigDecimal("1.5"), "x"), report, "整数");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), BigDecimal.TEN, " "), report, "原因");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), null, "x"), report, "新值");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), new BigDecimal("12"), "x"), report, "相同");
        assertInvalid(new CellCorrection("apply.new.total", new BigDecimal("12"), BigDecimal.TEN, "长".repeat(501)),
                report, "原因");
        // the 2019 form's signed changes may be negative, but only on a 2019 report
        assertInvalid(new CellCorrection("active.licensing.change", null, new BigDecimal("-3"), "x"), report, "没有单元格");
        assertEquals(new BigDecimal("-3"), new CellCorrection("active.licensing.change", null, new BigDecimal("-3"), "x")
                .applyTo(report(FormatVersion.F2019), CATALOG).value("active.licensing.change"));
    }

    @Test
    void aVersionHoldsItsCorrectionAndThoseOfTheVersionsItCorrected() {
        UUID upload = UUID.randomUUID();
        Correction first = correction(upload, upload);
        Correction second = correction(upload, first.id);
        Correction elsewhere = correction(UUID.randomUUID(), UUID.randomUUID());
        CorrectionChains chains = new CorrectionChains(List.of(second, elsewhere, first));
        assertEquals(List.of(first, second), chains.appliedTo(second.id));
        assertEquals(List.of(first), chains.appliedTo(first.id));
        assertTrue(chains.appliedTo(upload).isEmpty());
        assertNull(chains.madeBy(upload));
        assertFalse(chains.appliedTo(elsewhere.id).contains(first));
    }

    private static Correction correction(UUID submission, UUID corrected) {
        Correction correction = new Correction();
        correction.id = UUID.randomUUID();
        correction.submissionId = submission;
        correction.correctedVersion = corrected;
        return correction;
    }

    private static void assertInvalid(CellCorrection correction, ParsedReport report, String words) {
        CorrectionRefusedException refused = assertThrows(CorrectionRefusedException.class,
                () -> correction.applyTo(report, CATALOG));
        assertFalse(refused.conflict());
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
    }
}
