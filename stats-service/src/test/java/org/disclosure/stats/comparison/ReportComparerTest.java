package org.disclosure.stats.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.stats.support.YearPair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison on a sample and its planted next year ({@link YearPair}); plain Java, milliseconds. */
class ReportComparerTest {

    private static ReportComparison comparison;

    @BeforeAll
    static void compare() {
        ParsedReport earlier = YearPair.earlier(2021);
        ParsedReport later = YearPair.later(2022);
        comparison = new ReportComparer().compare(
                new ComparedReport(UUID.randomUUID(), earlier.agency(), "230826", 2021, earlier, YearPair.earlierFindings()),
                new ComparedReport(UUID.randomUUID(), later.agency(), "230826", 2022, later, YearPair.laterFindings()));
    }

    private static CellChange cell(String key) {
        return comparison.cells().stream().filter(cell -> cell.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theStoredSampleIsWhatTheParserReadsToday() throws IOException {
        ParseResult result = new ReportParser().parse(Files.readAllBytes(Path.of("../samples", YearPair.SAMPLE)));
        assertEquals(CanonicalJson.write(((ParseResult.Success) result).report()), CanonicalJson.write(YearPair.sample()),
                "re-create " + YearPair.PARSED + " from the parser's output");
    }

    @Test
    void everyCellHasBothValuesAndTheChange() {
        CellChange received = cell("apply.new.total");
        assertEquals(0, received.left().compareTo(BigDecimal.valueOf(12)));
        assertEquals(0, received.right().compareTo(BigDecimal.valueOf(60)));
        assertEquals(0, received.absolute().compareTo(BigDecimal.valueOf(48)));
        assertEquals(0, received.relative().compareTo(new BigDecimal("4.0000")));
        assertTrue(received.changed());
        assertTrue(received.implausible(), "×5 with both values ≥ 10");
        assertTrue(received.label().contains("本年新收"), received.label());
        assertTrue(comparison.sameAgency());
        assertEquals(comparison.cells().size(), comparison.cellsCompared(), "the same format: every cell in both");
    }

    @Test
    void aStockBelowZeroAfterTheYearsFlowsIsImplausibleAndY02Inconsistent() {
        CellChange stock = cell("active.normative_docs.in_force");
        assertTrue(stock.implausible());
        assertTrue(stock.implausibleReason().contains("低于零"), stock.implausibleReason());
        CarryOverCheck y02 = stock.checks().getFirst();
        assertEquals("Y02", y02.rule());
        assertEquals(0, y02.expected().compareTo(BigDecimal.valueOf(-8)));
        assertFalse(y02.consistent());
    }

    @Test
    void smallOrUnchangedCountsAreNotImplausible() {
        assertFalse(ReportComparer.implausibility("apply.new.total", BigDecimal.valueOf(2), BigDecimal.valueOf(9),
                Map.of(), Map.of()) != null, "below 10");
        assertNull(ReportComparer.implausibility("apply.new.total", BigDecimal.valueOf(10), BigDecimal.valueOf(30),
                Map.of(), Map.of()), "exactly ×3 is not more than ×3");
        assertNotNull(ReportComparer.implausibility("apply.new.total", BigDecimal.valueOf(100), BigDecimal.valueOf(20),
                Map.of(), Map.of()), "shrinking below a third");
        assertNull(ReportComparer.implausibility("active.x.change", BigDecimal.valueOf(-50), BigDecimal.valueOf(200),
                Map.of(), Map.of()), "signed differences are no counts");
        assertFalse(cell("apply.granted.total").implausible());
    }

    @Test
    void carryOverIsCheckedAgainstLastYearsCarriedForward() {
        CarryOverCheck y01 = cell("apply.carried_over.total").checks().getFirst();
        assertEquals("Y01", y01.rule());
        assertEquals(0, y01.expected().signum());
        assertEquals(0, y01.actual().compareTo(BigDecimal.valueOf(3)));
        assertFalse(y01.consistent());
        assertTrue(cell("apply.carried_over.natural").checks().getFirst().consistent());
        assertEquals(2, comparison.carryOverInconsistent());
    }

    @Test
    void theNarrativeIsComparedSentenceBySentence() {
        NarrativeComparison narrative = comparison.narrative();
        assertTrue(narrative.unchanged() > 5, "most sentences copied: " + narrative.unchanged());
        assertTrue(narrative.changed() >= 1, "the reworded sentence");
        assertTrue(narrative.removed() >= 1, "the dropped paragraph");
        List<SentenceChange> added = narrative.sentences().stream()
                .filter(sentence -> sentence.status() == SentenceStatus.NEW).toList();
        assertEquals(1, added.size(), added.toString());
        assertEquals(YearPair.ADDED_SENTENCE, added.getFirst().right());
        SentenceChange reworded = narrative.sentences().stream()
                .filter(sentence -> sentence.right() != null && sentence.right().startsWith(YearPair.REWORDED_PREFIX))
                .findFirst().orElseThrow();
        assertEquals(SentenceStatus.CHANGED, reworded.status());
        assertTrue(reworded.copied(), "a few words changed: still copied text, similarity " + reworded.similarity());
        assertNotNull(reworded.left());
    }

    @Test
    void theCopiedShareIsY03sMeasure() {
        NarrativeComparison narrative = comparison.narrative();
        assertTrue(narrative.copiedShare() > 0.8, "share " + narrative.copiedShare());
        assertTrue(narrative.copied());
        assertEquals("正文约 90% 与上一年度报告相同", narrative.copyFinding());
        assertEquals(narrative.unchanged() + narrative.changed() + narrative.added() + narrative.removed(),
                narrative.sentences().size());
    }

    @Test
    void aReportComparedWithItselfIsUnchanged() {
        ParsedReport report = YearPair.earlier(2021);
        ComparedReport same = new ComparedReport(UUID.randomUUID(), report.agency(), "230826", 2021, report, List.of());
        ReportComparison itself = new ReportComparer().compare(same, same);
        assertEquals(0, itself.cellsChanged());
        assertEquals(1.0, itself.narrative().copiedShare());
        assertEquals(0, itself.narrative().added() + itself.narrative().removed() + itself.narrative().changed());
    }

    @Test
    void theFindingsListsSideBySide() {
        FindingsComparison findings = comparison.findings();
        assertEquals(List.of("Q02"), findings.fixed().stream().map(FindingChange::rule).toList());
        assertEquals(List.of("X01", "Y03"), findings.added().stream().map(FindingChange::rule).toList());
        assertEquals(List.of("A01"), findings.stillPresent().stream().map(FindingChange::rule).toList());
        FindingChange still = findings.stillPresent().getFirst();
        assertEquals("表三 总计 列：一+二 ≠ 总计+四", still.leftMessage());
        assertTrue(still.rightMessage().endsWith("相差 3"));
    }

    @Test
    void aBatchIsRankedByChangeCopiesAndNewFindings() {
        AgencyChange planted = AgencyChange.of(comparison);
        ParsedReport report = YearPair.earlier(2021);
        ComparedReport quiet = new ComparedReport(UUID.randomUUID(), "某县财政局", "230826", 2021, report, List.of());
        AgencyChange unchanged = AgencyChange.of(new ReportComparer().compare(quiet, quiet));
        List<AgencyChange> ranked = BatchRanking.rank(List.of(unchanged, planted));
        assertEquals(planted.rightId(), ranked.getFirst().rightId());
        assertEquals(1, ranked.getFirst().rankChanged());
        assertEquals(1, ranked.getFirst().rankNewFindings());
        assertEquals(List.of("X01", "Y03"), ranked.getFirst().newFindings());
        assertEquals(2, ranked.get(1).rankChanged());
        assertEquals(1, ranked.get(1).rankCopied(), "a report equal to last year's is the most copied");
    }
}
