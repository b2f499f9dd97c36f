package org.disclosure.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.events.EventLimits;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.disclosure.ingest.RawKafka;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The status channel records every step in order, keeps poison records as dead letters and never stops. */
@QuarkusTest
class StatusConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final KafkaTestClient kafka = KafkaTestClient.shared(RawKafka.bootstrapServers());

    @Inject
    KafkaClientService kafkaClients;

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndTheChannelGoesOn() {
        String marker = UUID.randomUUID().toString();
        byte[] garbage = ("\u0000\u0001 not json " + marker).getBytes(StandardCharsets.UTF_8);
        byte[] empty = ("{}").getBytes(StandardCharsets.UTF_8);
        byte[] noId = ("{\"stage\":\"parsed\",\"service\":\"" + marker + "\"}").getBytes(StandardCharsets.UTF_8);
        // one key, so one partition: the records are handled in this order, the valid step last
        String key = "poison-" + marker;
        RawKafka.send(Topics.STATUS, key, garbage);
        RawKafka.send(Topics.STATUS, key, empty);
        RawKafka.send(Topics.STATUS, key, noId);
        UUID id = submit("after-poison");
        kafka.send(Topics.STATUS, key, StatusChanged.progressed(id, Stage.PARSED, "parse-service", "某某县人民政府",
                2022, 1));

        awaitStage(id, "parsed");
        List<ConsumerRecord<byte[], byte[]>> garbageLetter = RawKafka.await(Topics.deadLetters(Topics.STATUS),
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker)
                        && record.value().length == garbage.length, WAIT);
        assertTrue(RawKafka.header(garbageLetter.get(0), "dead-letter-reason").contains("not a readable"),
                RawKafka.header(garbageLetter.get(0), "dead-letter-reason"));
        assertEquals(Topics.STATUS, RawKafka.header(garbageLetter.get(0), "dead-letter-topic"));
        RawKafka.await(Topics.deadLetters(Topics.STATUS), record -> key(record).equals(key)
                && new String(record.value(), StandardCharsets.UTF_8).equals("{}"), WAIT);
        List<ConsumerRecord<byte[], byte[]>> noIdLetter = RawKafka.await(Topics.deadLetters(Topics.STATUS),
                record -> new String(record.value(), StandardCharsets.UTF_8).contains(marker)
                        && record.value().length == noId.length, WAIT);
        assertTrue(RawKafka.header(noIdLetter.get(0), "dead-letter-reason").contains("without a submission id"));

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.lines().anyMatch(line -> line.startsWith("disclosure_dead_letters_total")
                && line.contains("topic=\"reports.status\"")), "dead letters are counted");
    }

    @Test
    void aPoisonRecordOfAKnownSubmissionMarksItFailed() {
        UUID id = submit("poisoned");
        String record = "{\"submissionId\":\"" + id + "\",\"stage\":\"half_parsed\",\"service\":\"parse-service\"}";
        RawKafka.send(Topics.STATUS, id.toString(), record.getBytes(StandardCharsets.UTF_8));

        awaitStage(id, "parse_failed");
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().body("failed", equalTo(true))
                .body("reason", containsString("死信"))
                .body("reason", containsString("dead letter"));
        RawKafka.await(Topics.deadLetters(Topics.STATUS), letter -> key(letter).equals(id.toString()), WAIT);
    }

    @Test
    void longValuesAreRecordedAndTheChannelGoesOn() {
        // a file name of 600 characters (ASCII: the test client sends multipart file names in ISO-8859-1): the
        // columns are text, their old limits meant nothing
        String fileName = "annual-report".repeat(46) + ".txt";
        UUID id = UUID.fromString(given().auth().oauth2(tokens.clerk())
                .multiPart("file", fileName, bytes("long-file-name"), "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id"));
        String agency = "某".repeat(EventLimits.MAX_AGENCY_LENGTH);
        String reason = "原因".repeat(2500);
        kafka.send(Topics.STATUS, id.toString(), new StatusChanged(id, Stage.PARSE_FAILED, "parse-service", reason,
                agency, 2022, Instant.now(), 1));
        UUID next = submit("after-long-values");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(next, Stage.PARSED, "parse-service", null,
                null, 1));

        awaitStage(next, "parsed");
        JsonPath view = given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("parse_failed", view.getString("stage"));
        assertEquals(fileName, view.getString("fileName"));
        assertEquals(agency, view.getString("agency"));
        assertEquals(5000, view.getString("reason").length());
        assertEquals(reason, view.getString("history.find { it.stage == 'parse_failed' }.reason"));
    }

    @Test
    void anAgencyBeyondTheContractIsADeadLetterAndItsSubmissionFails() {
        // a 400-character "agency" (a report title read as one) once stopped the channel; now it is poison
        UUID id = submit("title-as-agency");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.PARSED, "parse-service",
                "关于".repeat(200), 2022, 1));
        UUID next = submit("after-title-as-agency");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(next, Stage.PARSED, "parse-service", null,
                null, 1));

        awaitStage(next, "parsed");
        awaitStage(id, "parse_failed");
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().body("reason", containsString("dead letter"))
                .body("reason", containsString("400"));
        RawKafka.await(Topics.deadLetters(Topics.STATUS), letter -> key(letter).equals(id.toString()), WAIT);
    }

    @Test
    void aStepOfAnEarlierAttemptIsHistoryOnly() {
        UUID id = submit("attempts");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.failed(id, Stage.PARSE_FAILED, "parse-service",
                "扫描件 / a scanned document", 1));
        awaitStage(id, "parse_failed");
        // sent again: the second pass
        resubmit("attempts");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.PARSED, "parse-service", null,
                null, 2));
        // a late step of the first pass, then the same step of the second pass twice (redelivery)
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.STORED, "stats-service", null,
                null, 1));
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.VALIDATED, "validate-service",
                null, null, 2));
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.VALIDATED, "validate-service",
                null, null, 2));
        // within the second pass a late failure cannot undo the stored report
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(id, Stage.STORED, "stats-service", null,
                null, 2));
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.failed(id, Stage.STORE_FAILED, "stats-service",
                "late", 2));
        UUID marker = submit("attempts-marker");
        kafka.send(Topics.STATUS, id.toString(), StatusChanged.progressed(marker, Stage.PARSED, "marker", null, null,
                1));

        awaitStage(marker, "parsed");
        JsonPath view = given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().statusCode(200).extract().jsonPath();
        assertEquals("stored", view.getString("stage"));
        assertEquals(2, view.getInt("attempt"));
        assertEquals(1, view.getList("history.findAll { it.stage == 'stored' && it.attempt == 1 }").size(),
                "the late step of the first pass is in the history");
        assertEquals(1, view.getList("history.findAll { it.stage == 'validated' }").size(),
                "a redelivered step is recorded once");
        assertEquals(1, view.getList("history.findAll { it.stage == 'store_failed' && it.attempt == 2 }").size());
    }

    @Test
    void aStatusOfASubmissionIngestNeverReceivedIsADeadLetterAndTheChannelGoesOn() {
        UUID unknown = UUID.randomUUID();
        kafka.send(Topics.STATUS, unknown.toString(), StatusChanged.progressed(unknown, Stage.PARSED, "parse-service",
                null, null, 1));
        UUID next = submit("after-unknown");
        kafka.send(Topics.STATUS, unknown.toString(), StatusChanged.progressed(next, Stage.PARSED, "parse-service",
                null, null, 1));
        awaitStage(next, "parsed");
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/" + unknown).then().statusCode(404);
        List<ConsumerRecord<byte[], byte[]>> letters = RawKafka.await(Topics.deadLetters(Topics.STATUS),
                record -> key(record).equals(unknown.toString()), Duration.ofSeconds(30));
        String reason = RawKafka.header(letters.get(0), "dead-letter-reason");
        assertTrue(reason.contains("which ingest never received"), reason);
    }

    @Test
    void producersWaitForEveryInSyncReplica() {
        for (String channel : List.of(Channels.SUBMITTED, Channels.DEAD_LETTER_REPLAYS)) {
            Map<String, ?> config = kafkaClients.getProducer(channel).configuration();
            assertEquals("all", String.valueOf(config.get("acks")), channel);
            assertEquals("true", String.valueOf(config.get("enable.idempotence")), channel);
        }
    }

    private UUID submit(String name) {
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", name + ".txt", bytes(name), "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private final Map<String, byte[]> contents = new java.util.concurrent.ConcurrentHashMap<>();

    private byte[] bytes(String name) {
        return contents.computeIfAbsent(name, n -> ("报告 " + n + " " + UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
    }

    private void resubmit(String name) {
        given().auth().oauth2(tokens.clerk())
                .multiPart("file", name + ".txt", bytes(name), "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(200).body("stage", equalTo("received"));
    }

    private void awaitStage(UUID id, String stage) {
        await(() -> stage.equals(given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/" + id)
                .then().extract().path("stage")), "stage " + stage + " of " + id);
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
    }

    static void await(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + WAIT.toMillis();
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError(what + " not reached within 30 s");
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
