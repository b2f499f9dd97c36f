package org.disclosure.stats.rest;

import static org.disclosure.stats.support.Api.as;
import static org.disclosure.stats.support.Api.asHeilongjiang;
import static org.disclosure.stats.support.Api.asNational;
import static org.disclosure.stats.support.Api.asNingxia;
import static org.disclosure.stats.support.Api.tokens;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A correction's round trip: the API refuses what it must (another province 404, a stale old value 409, an unknown
 * cell or a negative count 400), sends the corrected report to reports.parsed, and the version validation sends
 * back becomes current with its own findings, in the detail, history, indicators, export and the national list.
 * The test plays validate-service with the real rules (the Validator validate-service runs).
 */
@QuarkusTest
class CorrectionResourceTest {

    private static final int YEAR = 2053;
    private static final String AGENCY = "哈尔滨市平房区更正测试局";
    // a county no other test stores in: trends and rankings read every year of a region, so a shared one would
    // see this test's year whenever it runs first
    private static final Region PINGFANG = new Region("230108", "黑龙江省", "哈尔滨市", "平房区");
    private static final String NEW_REQUESTS = "apply.new.total";

    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    private final Validator validator = new Validator();

    @Test
    void aCorrectionIsValidatedAgainAndBecomesTheCurrentVersion() {
        // 12 new requests were read where the table prints 10: A01 (new + carried over = handled + carried forward)
        UUID id = UUID.randomUUID();
        ParsedReport misread = report(12);
        // submitted before the correction is made: a version's place among the versions is its submission time
        ReportValidated original = validated(id, misread, null, Instant.now().minusSeconds(86_400));
        assertTrue(violates(original.findings(), "A01"));
        kafka.send(Topics.VALIDATED, id.toString(), original);
        awaitCurrent(id);
        assertEquals(0, new BigDecimal("12").compareTo(receivedByAgency()));

        String path = "/api/reports/" + id + "/corrections";
        given().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "12", "10", "OCR"))
                .when().post(path).then().statusCode(401);
        asNingxia().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "12", "10", "OCR"))
                .when().post(path).then().statusCode(404);
        asHeilongjiang().contentType(ContentType.JSON).body(body("apply.no_such_cell", "12", "10", "OCR"))
                .when().post(path).then().statusCode(400).body("error", containsString("未知的单元格"));
        asHeilongjiang().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "12", "-1", "OCR"))
                .when().post(path).then().statusCode(400).body("error", containsString("负数"));
        asHeilongjiang().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "12", "10", " "))
                .when().post(path).then().statusCode(400).body("error", containsString("原因"));
        asHeilongjiang().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "11", "10", "OCR"))
                .when().post(path).then().statusCode(409).body("error", containsString("当前值为 12"));

        String correctionId = asHeilongjiang().contentType(ContentType.JSON)
                .body(body(NEW_REQUESTS, "12", "10", "扫描件把 10 识别成了 12"))
                .when().post(path).then().statusCode(202)
                .header("Location", containsString("/api/reports/"))
                .body("status", equalTo("pending"))
                .body("correctedBy", equalTo("sup-heilongjiang"))
                .body("submissionId", equalTo(id.toString()))
                .extract().path("id");
        // the next correction waits for this one's validation
        asNational().contentType(ContentType.JSON).body(body("apply.total.total", "10", "11", "再改"))
                .when().post(path).then().statusCode(409).body("error", containsString("重新校验"));

        // what stats-service sent to validation: the same submission and attempt, the corrected cell, the reference
        ReportParsed parsed = kafka.await(Topics.PARSED, ReportParsed.class, event -> event.metadata() != null
                && UUID.fromString(correctionId).equals(event.metadata().correctionId()), Duration.ofSeconds(30));
        assertEquals(id, parsed.submissionId());
        assertEquals(1, parsed.attempt());
        assertEquals(0, BigDecimal.TEN.compareTo(parsed.report().value(NEW_REQUESTS)));

        // validate-service's part: every rule on the corrected report, the metadata passed on untouched
        ReportValidated revalidated = validated(parsed.submissionId(), parsed.report(), parsed.metadata(),
                parsed.submittedAt());
        kafka.send(Topics.VALIDATED, id.toString(), revalidated);
        awaitCurrent(UUID.fromString(correctionId));

        int errorsBefore = asHeilongjiang().when().get("/api/reports/" + id).then().statusCode(200)
                .body("summary.current", equalTo(false))
                .body("report.cells.'apply.new.total'", equalTo(12))
                .extract().path("summary.errors");
        asHeilongjiang().when().get("/api/reports/" + correctionId).then().statusCode(200)
                .body("summary.current", equalTo(true))
                .body("summary.errors", lessThan(errorsBefore))
                .body("findings.findAll { it.rule == 'A01' && it.status == 'violated' }.size()", equalTo(0))
                .body("report.cells.'apply.new.total'", equalTo(10));
        asHeilongjiang().when().get("/api/reports/" + correctionId + "/corrections").then().statusCode(200)
                .body("applied.size()", equalTo(1))
                .body("applied[0].cell", equalTo(NEW_REQUESTS))
                .body("applied[0].oldValue", equalTo(12))
                .body("applied[0].newValue", equalTo(10))
                .body("applied[0].status", equalTo("stored"))
                .body("applied[0].version", equalTo(correctionId))
                .body("applied[0].reason", equalTo("扫描件把 10 识别成了 12"));
        asHeilongjiang().when().get("/api/reports/" + id + "/corrections").then().statusCode(200)
                .body("applied.size()", equalTo(0)).body("all.size()", equalTo(1));
        asHeilongjiang().when().get("/api/reports/" + id + "/history").then().statusCode(200)
                .body("id", equalTo(List.of(correctionId, id.toString())));
        // the indicators read the current version
        assertEquals(0, BigDecimal.TEN.compareTo(receivedByAgency()));
        String csv = new String(asHeilongjiang().when()
                .get("/api/exports/reports.csv?year=" + YEAR + "&region=230108&includeSuperseded=true")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("apply.new.total 12→10（sup-heilongjiang"), csv);
        asNational().when().get("/api/corrections").then().statusCode(200)
                .body("id", hasItem(correctionId));
        asHeilongjiang().when().get("/api/corrections").then().statusCode(403);
        // the superseded version cannot be corrected any more
        asHeilongjiang().contentType(ContentType.JSON).body(body(NEW_REQUESTS, "12", "11", "OCR"))
                .when().post(path).then().statusCode(409).body("error", containsString("取代"));
    }

    private static Map<String, Object> body(String cell, String oldValue, String newValue, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cell", cell);
        body.put("oldValue", new BigDecimal(oldValue));
        body.put("newValue", new BigDecimal(newValue));
        body.put("reason", reason);
        return body;
    }

    private static ParsedReport report(long newRequests) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put(NEW_REQUESTS, BigDecimal.valueOf(newRequests));
        cells.put("apply.carried_over.total", BigDecimal.ZERO);
        cells.put("apply.granted.total", BigDecimal.TEN);
        cells.put("apply.total.total", BigDecimal.TEN);
        cells.put("apply.carried_forward.total", BigDecimal.ZERO);
        return new ParsedReport(AGENCY, PINGFANG, YEAR, FormatVersion.F2021, LocalDate.of(YEAR + 1, 1, 20), List.of(),
                cells, Map.of(), List.of(), List.of());
    }

    private ReportValidated validated(UUID id, ParsedReport report, SubmissionMetadata metadata, Instant submittedAt) {
        SubmissionMetadata passed = metadata == null ? SubmissionMetadata.empty() : metadata;
        List<Finding> findings = validator.validate(report, new ValidationContext(null, passed.publishedOn()));
        return new ReportValidated(id, "gengzheng.txt", "0".repeat(64), passed, report, findings,
                validator.ruleSetVersion(), Instant.now(), submittedAt, 1);
    }

    private static boolean violates(List<Finding> findings, String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule) && f.status() == FindingStatus.VIOLATED);
    }

    private static BigDecimal receivedByAgency() {
        List<Map<String, Object>> rows = asHeilongjiang()
                .when().get("/api/indicators?level=agency&year=" + YEAR + "&region=230108")
                .then().statusCode(200).extract().path("findAll { it.agency == '" + AGENCY + "' }");
        assertEquals(1, rows.size(), rows.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> indicators = (Map<String, Object>) rows.get(0).get("indicators");
        return new BigDecimal(indicators.get("applications_received").toString());
    }

    private static void awaitCurrent(UUID version) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Boolean current = as(tokens().national()).when().get("/api/reports/" + version)
                    .then().extract().path("summary.current");
            if (Boolean.TRUE.equals(current)) return;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("version " + version + " did not become current within 30 s");
    }
}
