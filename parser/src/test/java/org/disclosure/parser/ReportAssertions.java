package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.disclosure.contracts.report.ParsedReport;

/** Shared helpers for tests over the parser's own report texts in src/test/resources/reports. */
final class ReportAssertions {

    static final List<String> APPLICANT_COLUMNS =
            List.of("natural", "commercial", "research", "social", "legal", "other", "total");
    static final List<String> OUTCOME_COLUMNS = List.of("upheld", "corrected", "other", "pending", "total");

    private ReportAssertions() {
    }

    static String resource(String name) {
        try (InputStream in = ReportAssertions.class.getResourceAsStream("/reports/" + name)) {
            if (in == null) throw new IllegalStateException("missing test report " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ParsedReport success(ParseResult result) {
        if (result instanceof ParseResult.Failure failure) fail("expected a report: " + failure.describe());
        return ((ParseResult.Success) result).report();
    }

    /** Asserts a row of cells; a null expected value means the cell is present and blank. */
    static void assertRow(ParsedReport report, String prefix, List<String> columns, Integer... values) {
        for (int i = 0; i < values.length; i++) {
            String key = prefix + "." + columns.get(i);
            assertTrue(report.has(key), key + " missing");
            if (values[i] == null) assertNull(report.value(key), key);
            else assertEquals(0, BigDecimal.valueOf(values[i]).compareTo(report.value(key)),
                    key + " = " + report.value(key) + ", expected " + values[i]);
        }
    }

    static void assertApplicants(ParsedReport report, String prefix, Integer... values) {
        assertRow(report, prefix, APPLICANT_COLUMNS, values);
    }

    static void assertCell(ParsedReport report, String key, String expected) {
        assertTrue(report.has(key), key + " missing");
        if (expected == null) assertNull(report.value(key), key);
        else assertEquals(0, new BigDecimal(expected).compareTo(report.value(key)), key + " = " + report.value(key));
    }

    static void assertAbsent(ParsedReport report, String key) {
        assertFalse(report.has(key), key + " should be absent");
    }

    /** The standard 2021-format table 三 of the robustness reports (one set of numbers, many layouts). */
    static void assertStandardRequestsTable(ParsedReport report) {
        assertStandardRequestsTable(report, "none");
    }

    /** As {@link #assertStandardRequestsTable(ParsedReport)}, except that one all-zero row is checked by the caller. */
    static void assertStandardRequestsTable(ParsedReport report, String rowCheckedElsewhere) {
        assertApplicants(report, "apply.new", 30, 4, 1, 0, 2, 1, 38);
        assertApplicants(report, "apply.carried_over", 3, 0, 0, 0, 0, 0, 3);
        assertApplicants(report, "apply.granted", 12, 2, 0, 0, 1, 0, 15);
        assertApplicants(report, "apply.partial", 5, 1, 0, 0, 0, 0, 6);
        assertApplicants(report, "apply.denied.state_secret", 1, 0, 0, 0, 0, 0, 1);
        for (String zero : List.of("denied.law_prohibited", "denied.three_safety", "denied.third_party",
                "denied.internal_affairs", "denied.process_info", "denied.enforcement_file", "denied.query_matter",
                "unable.unclear", "not_processed.duplicate", "not_processed.publication",
                "not_processed.excessive", "not_processed.confirm", "other.overdue_fee", "other.other")) {
            if (zero.equals(rowCheckedElsewhere)) continue;
            assertApplicants(report, "apply." + zero, 0, 0, 0, 0, 0, 0, 0);
        }
        assertApplicants(report, "apply.unable.not_held", 8, 1, 1, 0, 0, 0, 10);
        assertApplicants(report, "apply.unable.need_create", 2, 0, 0, 0, 0, 0, 2);
        assertApplicants(report, "apply.not_processed.petition", 1, 0, 0, 0, 0, 1, 2);
        assertApplicants(report, "apply.other.overdue_correction", 1, 0, 0, 0, 0, 0, 1);
        assertApplicants(report, "apply.total", 30, 4, 1, 0, 1, 1, 37);
        assertApplicants(report, "apply.carried_forward", 3, 0, 0, 0, 1, 0, 4);
        assertAbsent(report, "apply.other.all.total");
    }

    static void assertStandardAppealsTable(ParsedReport report) {
        assertRow(report, "review", OUTCOME_COLUMNS, 2, 1, 0, 1, 4);
        assertRow(report, "litigation_direct", OUTCOME_COLUMNS, 1, 0, 0, 0, 1);
        assertRow(report, "litigation_after_review", OUTCOME_COLUMNS, 0, 0, 0, 1, 1);
    }
}
