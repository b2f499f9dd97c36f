package org.disclosure.validate.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.validate.history.GeneratedHistory;
import org.junit.jupiter.api.Test;

class ValidatedEventMapperTest {

    private final ValidatedEventMapper events = new ValidatedEventMapper();
    private final StoredReportMapper stored = new StoredReportMapper();
    private final Validator validator = new Validator();
    private static final GeneratedHistory HISTORY = new GeneratedHistory(Path.of("../samples"), "M");

    /** The event with the stored report copied in is the event Jackson writes whole: same JSON tree, same record. */
    @Test
    void theStoredReportCopiedInGivesTheSameEvent() throws Exception {
        int checked = 0;
        for (int agency = 0; agency < 12; agency++) {
            ReportParsed previous = null;
            for (ReportParsed report : HISTORY.agency(agency)) {
                ReportValidated validated = new ReportValidated(report.submissionId(), report.fileName(), report.sha256(),
                        report.metadata(), report.report(), validator.validate(report.report(), new ValidationContext(
                                previous == null ? null : previous.report(), report.metadata().publishedOn())),
                        validator.ruleSetVersion(), Instant.parse("2026-11-27T10:15:30.123456Z"), report.submittedAt(),
                        report.attempt());
                byte[] reportJson = stored.toEntity(report).reportJson;
                byte[] json = events.toJson(validated, reportJson);

                assertEquals(CanonicalJson.mapper().readTree(CanonicalJson.mapper().writeValueAsBytes(validated)),
                        CanonicalJson.mapper().readTree(json), "the JSON tree of " + report.submissionId());
                assertEquals(validated, CanonicalJson.mapper().readValue(json, ReportValidated.class));
                checked += validated.findings().isEmpty() ? 0 : 1;
                previous = report;
            }
        }
        assertFalse(checked == 0, "some events carry findings");
    }

    @Test
    void anEventWithoutFindingsOrDates() throws Exception {
        ReportParsed report = HISTORY.agency(1).getFirst();
        ReportValidated validated = new ReportValidated(report.submissionId(), null, null, report.metadata(),
                report.report(), List.of(), "v", null, null, 1);
        assertEquals(validated, CanonicalJson.mapper().readValue(
                events.toJson(validated, stored.toEntity(report).reportJson), ReportValidated.class));
    }
}
