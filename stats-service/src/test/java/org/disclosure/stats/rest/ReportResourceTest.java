package org.disclosure.stats.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.stats.support.StatsFixture;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Test
    void storesAValidatedReportAndServesItWithCellsAndFindings() throws IOException {
        UUID id = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, id.toString(), validated(id, "000_04f175cd85c0a915.txt", List.of(x01())));

        kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == Stage.STORED, Duration.ofSeconds(30));

        given().auth().oauth2(tokens.national()).when().get("/api/reports?year=2021&region=230000")
                .then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + id)
                .then().statusCode(200)
                .body("summary.agency", equalTo("鹤岗市兴山区人民政府"))
                .body("summary.regionCode", equalTo("230407"))
                .body("summary.errors", equalTo(1))
                .body("report.cells.'active.normative_docs.in_force'", equalTo(11))
                .body("report.sources.'active.normative_docs.in_force'.raw", equalTo("11"))
                .body("findings[0].rule", equalTo("X01"))
                .body("findings[0].messageEn", containsString("25"));
    }

    @Test
    void aNewVersionOfTheSameReportSupersedesTheEarlierOne() throws IOException {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, first.toString(), validated(first, "003_dd93f693bdc308a5.txt", List.of()));
        awaitStored(first);
        kafka.send(Topics.VALIDATED, second.toString(), validated(second, "003_dd93f693bdc308a5.txt", List.of()));
        awaitStored(second);

        given().auth().oauth2(tokens.national()).when().get("/api/reports?agency=友好区&year=2020")
                .then().statusCode(200)
                .body("items.id", hasItem(second.toString()))
                .body("items.id", not(hasItem(first.toString())));
        given().auth().oauth2(tokens.national()).when().get("/api/reports?agency=友好区&year=2020&includeSuperseded=true")
                .then().statusCode(200)
                .body("items.id", hasItem(first.toString()));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + first)
                .then().statusCode(200).body("summary.current", equalTo(false));
    }

    @Test
    void theLaterSubmissionStaysCurrentWhenItArrivesFirst() throws IOException {
        String agency = "测试顺序" + UUID.randomUUID().toString().substring(0, 8) + "区人民政府";
        UUID newer = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, agency, validated(newer, agency, Instant.parse("2021-03-02T09:00:00Z")));
        awaitStored(newer);
        kafka.send(Topics.VALIDATED, agency, validated(older, agency, Instant.parse("2021-03-01T09:00:00Z")));
        awaitStored(older);

        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + newer)
                .then().statusCode(200).body("summary.current", equalTo(true));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + older)
                .then().statusCode(200).body("summary.current", equalTo(false));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + older + "/history")
                .then().statusCode(200)
                .body("id", contains(newer.toString(), older.toString()))
                .body("current", contains(true, false))
                .body("submittedAt", contains("2021-03-02T09:00:00Z", "2021-03-01T09:00:00Z"));
    }

    @Test
    void versionsAreMatchedByAgencyKeyWhateverTheSpacing() throws IOException {
        String county = "测试" + UUID.randomUUID().toString().substring(0, 8) + "县";
        UUID spaced = UUID.randomUUID();
        UUID unspaced = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, county, validated(spaced, county + " 人民政府", Instant.parse("2021-03-01T09:00:00Z")));
        awaitStored(spaced);
        kafka.send(Topics.VALIDATED, county, validated(unspaced, county + "人民政府", Instant.parse("2021-03-02T09:00:00Z")));
        awaitStored(unspaced);

        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + spaced)
                .then().statusCode(200).body("summary.current", equalTo(false));
        for (UUID id : List.of(spaced, unspaced)) {
            given().auth().oauth2(tokens.national()).when().get("/api/reports/" + id + "/history")
                    .then().statusCode(200)
                    .body("id", contains(unspaced.toString(), spaced.toString()))
                    .body("current", contains(true, false));
        }
    }

    @Test
    void historyListsEveryVersionNewestFirstWithFindingsCounts() {
        StatsFixture.ensureStored();
        String current = StatsFixture.DAOLI_GOVERNMENT.id().toString();
        String superseded = StatsFixture.DAOLI_FIRST_VERSION.id().toString();
        for (String id : List.of(current, superseded)) {
            given().auth().oauth2(tokens.supervisor()).when().get("/api/reports/" + id + "/history")
                    .then().statusCode(200)
                    .body("id", contains(current, superseded))
                    .body("current", contains(true, false))
                    .body("errors", contains(1, 1))
                    .body("warnings", contains(1, 0));
        }
    }

    @Test
    void answersBadRequestsClearly() {
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + UUID.randomUUID())
                .then().statusCode(404).body("error", containsString("no report"));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/42")
                .then().statusCode(400).body("error", containsString("not a report id"));
        given().auth().oauth2(tokens.national()).when().get("/api/reports?region=HLJ")
                .then().statusCode(400).body("error", containsString("region"));
        given().auth().oauth2(tokens.national()).when().get("/api/reports?size=0")
                .then().statusCode(400).body("error", containsString("size"));
        given().auth().oauth2(tokens.national()).when().get("/api/reports/42/history")
                .then().statusCode(400).body("error", containsString("not a report id"));
    }

    @Test
    void needsASupervisorToken() {
        given().when().get("/api/reports").then().statusCode(401);
        given().auth().oauth2(tokens.clerk()).when().get("/api/reports").then().statusCode(403);
    }

    private void awaitStored(UUID id) {
        kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == Stage.STORED, Duration.ofSeconds(30));
    }

    private static ReportValidated validated(UUID id, String sample, List<Finding> findings) throws IOException {
        return new ReportValidated(id, sample, "0".repeat(64), SubmissionMetadata.empty(), parse(sample), findings,
                "test-1", Instant.now(), Instant.now(), 1);
    }

    /** A sample report published under another agency name, submitted at the given instant. */
    private static ReportValidated validated(UUID id, String agency, Instant submittedAt) throws IOException {
        String sample = "003_dd93f693bdc308a5.txt";
        ParsedReport parsed = parse(sample);
        ParsedReport renamed = new ParsedReport(agency, parsed.region(), parsed.year(), parsed.format(),
                parsed.publishedOn(), parsed.sections(), parsed.cells(), parsed.sources(), parsed.issues(),
                parsed.paragraphs());
        return new ReportValidated(id, sample, "0".repeat(64), SubmissionMetadata.empty(), renamed, List.of(),
                "test-1", Instant.now(), submittedAt, 1);
    }

    private static ParsedReport parse(String sample) throws IOException {
        ParseResult result = new ReportParser().parse(Files.readAllBytes(Path.of("../samples", sample)));
        return ((ParseResult.Success) result).report();
    }

    private static Finding x01() {
        return new Finding("X01", Severity.ERROR, FindingStatus.VIOLATED, List.of("apply.new.total"),
                Map.of("apply.new.total", BigDecimal.ZERO), new BigDecimal(25), List.of(),
                "正文称受理申请 25 件，表三新收总计为 0", "The text says 25 applications were received, table 3 says 0");
    }
}
