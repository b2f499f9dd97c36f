package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubmissionResourceTest {

    private static final Path SAMPLES = Path.of("../samples");

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Test
    void storesANewReportAndAnnouncesIt() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("001_467670f9828e7222.txt"));
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", "report-001.txt", bytes, "text/plain")
                .multiPart("agency", "鹤岗市工农区人民政府")
                .multiPart("regionCode", "230403")
                .multiPart("year", "2022")
                .multiPart("publishedOn", "2023-01-20")
                .multiPart("sourceUrl", "http://www.gongnong.gov.cn/report.html")
                .when().post("/api/submissions")
                .then().statusCode(201)
                .body("duplicate", equalTo(false))
                .body("stage", equalTo("received"))
                .extract().path("id");

        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().statusCode(200)
                .body("fileName", equalTo("report-001.txt"))
                .body("metadata.regionCode", equalTo("230403"))
                .body("metadata.publishedOn", equalTo("2023-01-20"))
                .body("history[0].stage", equalTo("received"))
                .body("sha256", notNullValue());

        ReportSubmitted event = KafkaTestClient.shared(bootstrapServers()).await(Topics.SUBMITTED,
                ReportSubmitted.class, e -> e.submissionId().equals(UUID.fromString(id)), Duration.ofSeconds(30));
        assertEquals("230403", event.metadata().regionCode());
        assertEquals(bytes.length, event.size());
        assertArrayEquals(bytes, event.content(), "a small file travels in the event itself");

        byte[] content = given().auth().oauth2(tokens.pipeline()).when().get(event.contentUrl().replaceAll(
                "^http://[^/]+", "")).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, content);
    }

    @Test
    void aFileLargerThanTheInlineLimitIsFetchedWithTheClaimCheck() throws IOException {
        // the same report followed by 300 KB of blank lines: above inline-content-max (256 KiB)
        byte[] report = Files.readAllBytes(SAMPLES.resolve("001_467670f9828e7222.txt"));
        byte[] bytes = new byte[report.length + 300_000];
        System.arraycopy(report, 0, bytes, 0, report.length);
        java.util.Arrays.fill(bytes, report.length, bytes.length, (byte) '\n');
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", "report-001-long.txt", bytes, "text/plain")
                // in case the padding keeps the parser from the title: the region the clerk names then stands in
                .multiPart("regionCode", "230403")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id");

        ReportSubmitted event = KafkaTestClient.shared(bootstrapServers()).await(Topics.SUBMITTED,
                ReportSubmitted.class, e -> e.submissionId().equals(UUID.fromString(id)), Duration.ofSeconds(30));
        assertNull(event.content(), "a large file stays out of the event");
        byte[] content = given().auth().oauth2(tokens.pipeline()).when().get(event.contentUrl().replaceAll(
                "^http://[^/]+", "")).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(bytes, content);
    }

    @Test
    void theSameFileTwiceGivesBackTheExistingId() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve("004_b6a5a2f03b247e6e.txt"));
        String first = given().auth().oauth2(tokens.clerk()).multiPart("file", "a.txt", bytes, "text/plain")
                .when().post("/api/submissions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(tokens.clerk()).multiPart("file", "renamed.txt", bytes, "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(200)
                .body("id", equalTo(first))
                .body("duplicate", equalTo(true));
    }

    @Test
    void aFailedSubmissionSentAgainGetsAnotherChance() {
        byte[] bytes = ("一、总体情况 " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String id = given().auth().oauth2(tokens.clerk()).multiPart("file", "retry.txt", bytes, "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions").then().statusCode(201).extract().path("id");
        KafkaTestClient kafka = KafkaTestClient.shared(bootstrapServers());
        StatusChanged failure = StatusChanged.failed(UUID.fromString(id), Stage.PARSE_FAILED, "parse-service",
                "ingest-service was unreachable", 1);
        // Kafka may deliver a message twice: the history records the step once
        kafka.send(Topics.STATUS, id, failure);
        kafka.send(Topics.STATUS, id, failure);
        // a later message on the same key (so the same partition, handled in order) arrives after both copies:
        // once it is recorded, so are they. It is about another submission, so that it changes nothing here.
        String markerId = given().auth().oauth2(tokens.clerk())
                .multiPart("file", "marker.txt", ("标记 " + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions").then().statusCode(201).extract().path("id");
        kafka.send(Topics.STATUS, id, StatusChanged.progressed(UUID.fromString(markerId), Stage.PARSED, "marker", null,
                null, 1));
        await(() -> given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + markerId)
                .then().extract().<java.util.List<String>>path("history.service").contains("marker"));
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().body("stage", equalTo("parse_failed"))
                .body("history.findAll { it.stage == 'parse_failed' }.size()", equalTo(1));

        given().auth().oauth2(tokens.clerk()).multiPart("file", "retry.txt", bytes, "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("duplicate", equalTo(true))
                .body("stage", equalTo("received"));
        // the second pass through the pipeline: its announcement and every step it reports carry attempt 2
        ReportSubmitted second = kafka.await(Topics.SUBMITTED, ReportSubmitted.class,
                e -> e.submissionId().toString().equals(id) && e.attempt() == 2, Duration.ofSeconds(30));
        assertEquals(2, second.attempt());
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().body("attempt", equalTo(2))
                .body("history.findAll { it.stage == 'received' }.attempt", equalTo(java.util.List.of(1, 2)));
    }

    @Test
    void theClaimCheckAnswersUnknownIdsInJson() {
        given().auth().oauth2(tokens.pipeline()).when().get("/api/submissions/" + UUID.randomUUID() + "/content")
                .then().statusCode(404)
                .contentType(io.restassured.http.ContentType.JSON)
                .body("error", containsString("no submission"));
    }

    @Test
    void rejectsARequestWithoutFile() {
        given().auth().oauth2(tokens.clerk()).multiPart("agency", "某某县人民政府")
                .when().post("/api/submissions")
                .then().statusCode(400)
                .body("error", containsString("no file"));
    }

    @Test
    void rejectsAnEmptyFile() {
        given().auth().oauth2(tokens.clerk()).multiPart("file", "empty.txt", new byte[0], "text/plain")
                .when().post("/api/submissions")
                .then().statusCode(400)
                .body("error", containsString("empty"));
    }

    @Test
    void rejectsMalformedMetadataByName() {
        given().auth().oauth2(tokens.clerk()).multiPart("file", "x.txt", "一、总体情况".getBytes(), "text/plain")
                .multiPart("year", "last year")
                .when().post("/api/submissions")
                .then().statusCode(400)
                .body("error", containsString("year"));
        given().auth().oauth2(tokens.clerk()).multiPart("file", "x.txt", "一、总体情况".getBytes(), "text/plain")
                .multiPart("publishedOn", "15.02.2022")
                .when().post("/api/submissions")
                .then().statusCode(400)
                .body("error", containsString("publishedOn"));
    }

    @Test
    void answersUnknownAndMalformedIdsClearly() {
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + UUID.randomUUID())
                .then().statusCode(404).body("error", containsString("no submission"));
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/not-an-id")
                .then().statusCode(400).body("error", containsString("not a submission id"));
    }

    @Test
    void needsATokenAndTheRightRole() {
        given().multiPart("file", "x.txt", "x".getBytes(), "text/plain").when().post("/api/submissions")
                .then().statusCode(401);
        given().when().get("/api/submissions/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(tokens.supervisor()).multiPart("file", "x.txt", "x".getBytes(), "text/plain")
                .when().post("/api/submissions").then().statusCode(403);
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + UUID.randomUUID() + "/content")
                .then().statusCode(403);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not met within 30 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
