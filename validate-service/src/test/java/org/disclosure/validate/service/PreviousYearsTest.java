package org.disclosure.validate.service;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.report.ParsedReport;
import org.junit.jupiter.api.Test;

class PreviousYearsTest {

    @Test
    void theLatestVersionOfTheYearBeforeCountsWhateverTheOrder() {
        ReportParsed first2021 = report(2021, "2026-01-01T00:00:00Z");
        ReportParsed corrected2021 = report(2021, "2026-02-01T00:00:00Z");
        ReportParsed of2022 = report(2022, "2026-01-15T00:00:00Z");
        ReportParsed of2024 = report(2024, "2026-01-20T00:00:00Z");
        PreviousYears previous = new PreviousYears(List.of(of2024, corrected2021, of2022, first2021));

        assertSame(corrected2021, previous.of(of2022));
        assertSame(of2022, previous.of(report(2023, "2026-03-01T00:00:00Z")));
        assertNull(previous.of(first2021), "no 2020 report");
        assertNull(previous.of(of2024), "no 2023 report: a gap is no previous year");
        assertNull(previous.of(report(null, "2026-03-01T00:00:00Z")), "a report without a year has none");
    }

    private static ReportParsed report(Integer year, String arrived) {
        ParsedReport report = new ParsedReport("财政局", null, year, null, null, List.of(), Map.of(), Map.of(),
                List.of(), List.of());
        return new ReportParsed(UUID.randomUUID(), "r.txt", "0".repeat(64), SubmissionMetadata.empty(), report,
                Instant.parse(arrived), 1);
    }
}
