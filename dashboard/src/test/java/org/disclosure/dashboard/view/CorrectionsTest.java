package org.disclosure.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.dashboard.client.CorrectionView;
import org.disclosure.dashboard.client.ReportCorrections;
import org.junit.jupiter.api.Test;

class CorrectionsTest {

    private static final UUID UPLOAD = UUID.randomUUID();

    private static CorrectionView correction(UUID id, UUID corrected, String status) {
        return new CorrectionView(id, UPLOAD, corrected, "stored".equals(status) ? id : null, "桦川县人民政府",
                "230826", 2021, "apply.new.total", "三 一、本年新收政府信息公开申请数量 × 总计", new BigDecimal("4.0000"),
                new BigDecimal("5"), "核对原件", "sup-heilongjiang", Instant.parse("2026-11-27T02:05:00Z"), null, status);
    }

    private static ParsedReport report() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put("apply.new.total", new BigDecimal("5"));
        cells.put("review.total", null);
        return new ParsedReport("桦川县人民政府", null, 2021, FormatVersion.F2021, null, List.of(), cells, Map.of(),
                List.of(), List.of());
    }

    @Test
    void aCorrectedVersionMarksItsCellsAndOffersTheUploadsOriginal() {
        UUID version = UUID.randomUUID();
        CorrectionView made = correction(version, UPLOAD, "stored");
        CorrectionView next = correction(UUID.randomUUID(), version, "pending");
        ParsedReport report = report();
        List<FormTable> tables = new FormLayout(CellCatalog.standard()).tables(report, List.of(), List.of());
        CorrectionPanel panel = Corrections.panel(version, new ReportCorrections(List.of(made), List.of(made, next)),
                tables, report.cells(), null, next.id());

        assertTrue(panel.corrected("apply.new.total"));
        assertFalse(panel.corrected("review.total"));
        assertEquals(UPLOAD, panel.submission(), "the original file is the upload's");
        assertEquals("4", panel.applied().get(0).oldValue());
        assertEquals("2026-11-27 10:05", panel.applied().get(0).correctedAt(), "Beijing time");
        assertTrue(panel.note("apply.new.total").contains("4 → 5"));
        assertEquals(1, panel.pending().size());
        assertEquals(next.id(), panel.submitted().id());
        assertEquals(made.id(), panel.madeBy(version).id());
        assertNull(panel.madeBy(UPLOAD));
        CorrectionPanel.CellChoice choice = panel.cells().stream()
                .filter(c -> c.key().equals("apply.new.total")).findFirst().orElseThrow();
        assertEquals("5", choice.value());
        assertTrue(choice.label().startsWith("表三 "), choice.label());
        assertEquals("", panel.cells().stream().filter(c -> c.key().equals("review.total")).findFirst()
                .orElseThrow().value(), "a blank cell has no old value");
    }

    @Test
    void anUploadedVersionHoldsNoCorrection() {
        ParsedReport report = report();
        CorrectionPanel panel = Corrections.panel(UPLOAD, new ReportCorrections(List.of(), List.of()),
                List.of(), report.cells(), "单元格当前值为 5", null);
        assertEquals(UPLOAD, panel.submission());
        assertTrue(panel.applied().isEmpty());
        assertEquals("单元格当前值为 5", panel.error());
        assertNull(panel.submitted());
    }
}
