package org.disclosure.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    /** The clean test report: 7 new, 1 carried over, 5 granted, 1 partial, 1 unable, 7 handled, 1 carried forward, 1 review upheld. */
    private final Indicators clean = Indicators.of(TestReport.clean().build().cells());

    @Test
    void countsAndRatesByHand() {
        assertEquals(new BigDecimal(7), clean.applicationsReceived());
        assertEquals(new BigDecimal(7), clean.applicationsHandled());
        assertEquals(new BigDecimal("0.8571"), clean.substantiveDisclosureRate()); // 6 / 7
        assertEquals(new BigDecimal("0.0000"), clean.denialRate());
        assertEquals(new BigDecimal("0.1429"), clean.unableRate()); // 1 / 7
        assertEquals(new BigDecimal("0.0000"), clean.notProcessedRate());
        assertEquals(new BigDecimal("0.1250"), clean.carryForwardRate()); // 1 / (7 + 1)
        assertEquals(new BigDecimal("0.7143"), clean.naturalPersonShare()); // 5 / 7
        assertEquals(new BigDecimal("0.0000"), clean.reviewCorrectionRate()); // 0 / (1 − 0)
        assertEquals(new BigDecimal("0.1429"), clean.disputeRate()); // (1 + 0 + 0) / 7
    }

    @Test
    void aZeroDenominatorIsUndefinedNotZero() {
        assertNull(clean.litigationCorrectionRate()); // no lawsuits at all
        Map<String, BigDecimal> pendingOnly = new HashMap<>(TestReport.clean().build().cells());
        pendingOnly.put("review.pending", BigDecimal.ONE);
        pendingOnly.put("review.upheld", BigDecimal.ZERO);
        assertNull(Indicators.of(pendingOnly).reviewCorrectionRate()); // 1 − 1 = 0 decided
    }

    @Test
    void litigationCorrectionRateSumsBothGroups() {
        Map<String, BigDecimal> cells = new HashMap<>();
        cells.put("litigation_direct.corrected", BigDecimal.ONE);
        cells.put("litigation_direct.total", new BigDecimal(3));
        cells.put("litigation_direct.pending", BigDecimal.ONE);
        cells.put("litigation_after_review.corrected", BigDecimal.ZERO);
        cells.put("litigation_after_review.total", new BigDecimal(2));
        cells.put("litigation_after_review.pending", BigDecimal.ZERO);
        assertEquals(new BigDecimal("0.2500"), Indicators.of(cells).litigationCorrectionRate()); // 1 / (2 + 2)
    }

    @Test
    void aMissingOrBlankInputMakesTheRateUndefined() {
        Map<String, BigDecimal> cells = new HashMap<>(TestReport.clean().build().cells());
        cells.remove("apply.denied.state_secret.total");
        cells.put("apply.partial.total", null);
        Indicators indicators = Indicators.of(cells);
        assertNull(indicators.denialRate());
        assertNull(indicators.substantiveDisclosureRate());
        assertEquals(11, indicators.asMap().size());
    }

    @Test
    void regionalRatesComeFromSummedCounts() {
        // Report A: 1 of 2 granted; report B: 0 of 8 — the region's rate is 1/10, not the mean of 0.5 and 0.
        Map<String, BigDecimal> a = cells(1, 2);
        Map<String, BigDecimal> b = cells(0, 8);
        Map<String, BigDecimal> summed = new CellSums().add(a).add(b).complete();
        assertEquals(new BigDecimal("0.1000"), Indicators.of(summed).substantiveDisclosureRate());
    }

    private static Map<String, BigDecimal> cells(int granted, int total) {
        return Map.of("apply.granted.total", BigDecimal.valueOf(granted), "apply.partial.total", BigDecimal.ZERO,
                "apply.total.total", BigDecimal.valueOf(total));
    }

    @Test
    void cellSumsLeaveKeysMissingInAnyReportOutOfTheCompleteSums() {
        Map<String, BigDecimal> withBlank = new HashMap<>();
        withBlank.put("apply.new.total", null);
        withBlank.put("review.total", BigDecimal.ONE);
        CellSums sums = CellSums.of(List.of(TestReport.clean().build(),
                new org.disclosure.contracts.report.ParsedReport("x", null, 2022, null, null, List.of(), withBlank, Map.of(), List.of(), List.of())));
        assertEquals(2, sums.reports());
        assertEquals(new BigDecimal(2), sums.complete().get("review.total"));
        assertNull(sums.complete().get("apply.new.total"));
        assertEquals(new BigDecimal(7), sums.partial().get("apply.new.total"));
        assertEquals(1, sums.missingIn("apply.new.total"));
        assertEquals(1, sums.missingIn("apply.granted.total"));
    }
}
