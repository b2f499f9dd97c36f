package org.disclosure.stats.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.stats.repository.Report;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** What stats-service promises under faults: one current version, agencies told apart by region, poison kept aside. */
@QuarkusTest
class ReliableStorageTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReportService service;

    private final String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaTestClient kafka = KafkaTestClient.shared(bootstrapServers);
    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Test
    void versionsStoredAtOnceByManyConsumersLeaveExactlyOneCurrentTheOneSubmittedLast() throws Exception {
        String agency = "并发" + UUID.randomUUID().toString().substring(0, 8) + "局";
        Instant first = Instant.parse("2022-03-01T08:00:00Z");
        List<ReportValidated> versions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            versions.add(validated(UUID.randomUUID(), agency, "640000", first.plusSeconds(60L * i)));
        }
        // every version in its own transaction, all at once: what two pods do during a rebalance
        ExecutorService pool = Executors.newFixedThreadPool(versions.size());
        try {
            List<Future<Report>> stored = new ArrayList<>();
            for (ReportValidated version : versions.reversed()) {
                stored.add(pool.submit(() -> storeInItsOwnTransaction(version)));
            }
            for (Future<Report> future : stored) future.get();
        } finally {
            pool.shutdown();
        }
        UUID last = versions.getLast().submissionId();
        given().auth().oauth2(tokens.national()).when().get("/api/reports/" + last + "/history")
                .then().statusCode(200)
                .body("size()", equalTo(versions.size()))
                .body("findAll { it.current }.size()", equalTo(1))
                .body("find { it.current }.id", equalTo(last.toString()));
    }

    @Test
    void theSameAgencyNameInTwoProvincesIsTwoAgencies() throws Exception {
        String agency = "财政局" + UUID.randomUUID().toString().substring(0, 8);
        UUID heilongjiang = UUID.randomUUID();
        UUID ningxia = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, heilongjiang.toString(),
                validated(heilongjiang, agency, "230000", Instant.parse("2022-03-01T08:00:00Z")));
        awaitStage(heilongjiang, Stage.STORED);
        kafka.send(Topics.VALIDATED, ningxia.toString(),
                validated(ningxia, agency, "640000", Instant.parse("2022-03-02T08:00:00Z")));
        awaitStage(ningxia, Stage.STORED);

        for (UUID id : List.of(heilongjiang, ningxia)) {
            given().auth().oauth2(tokens.national()).when().get("/api/reports/" + id)
                    .then().statusCode(200).body("summary.current", equalTo(true));
        }
        given().auth().oauth2(tokens.supervisor()).when().get("/api/reports/" + heilongjiang + "/history")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void recordsThatCanNeverBeStoredAreDeadLetteredWhileTheChannelGoesOn() throws Exception {
        // an agency name beyond the contract (the parser cuts names at 100 characters): not from the pipeline
        UUID longName = UUID.randomUUID();
        kafka.send(Topics.VALIDATED, longName.toString(),
                validated(longName, "很长的机关名称".repeat(60), "230000", Instant.now()));
        UUID refused = UUID.randomUUID();
        // a region code of nine digits does not fit the fixed-width code column: the database refuses it, always
        kafka.send(Topics.VALIDATED, refused.toString(), validated(refused, "某某局", "230000999", Instant.now()));
        String garbageKey = "garbage-" + UUID.randomUUID();
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            companion.produce(byte[].class).fromRecords(new ProducerRecord<>(Topics.VALIDATED, garbageKey,
                    "not json at all".getBytes(StandardCharsets.UTF_8))).awaitCompletion(WAIT);
            UUID after = UUID.randomUUID();
            kafka.send(Topics.VALIDATED, after.toString(), validated(after, "某某县人民政府", "230000", Instant.now()));

            awaitStage(after, Stage.STORED);
            StatusChanged tooLong = awaitStage(longName, Stage.STORE_FAILED);
            assertTrue(tooLong.reason().contains("agency name of 420 characters"), tooLong.reason());
            StatusChanged failed = awaitStage(refused, Stage.STORE_FAILED);
            assertTrue(failed.reason().contains("could not be stored"), failed.reason());
            var letters = companion.consume(byte[].class).withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Topics.deadLetters(Topics.VALIDATED), records -> records.select().where(record ->
                            garbageKey.equals(record.key()) || refused.toString().equals(record.key())
                                    || longName.toString().equals(record.key())))
                    .awaitRecords(3, WAIT);
            assertEquals(3, letters.count());
        }
    }

    private Report storeInItsOwnTransaction(ReportValidated version) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> service.store(version));
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private StatusChanged awaitStage(UUID id, Stage stage) {
        return kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == stage, WAIT);
    }

    /** A sample report of another agency without a region of its own; the submitter names the region. */
    private static ReportValidated validated(UUID id, String agency, String regionCode, Instant submittedAt)
            throws IOException {
        String sample = "003_dd93f693bdc308a5.txt";
        ParsedReport parsed = ((ParseResult.Success) new ReportParser()
                .parse(Files.readAllBytes(Path.of("../samples", sample)))).report();
        ParsedReport renamed = new ParsedReport(agency, null, 2021, parsed.format(), parsed.publishedOn(),
                parsed.sections(), parsed.cells(), parsed.sources(), parsed.issues(), parsed.paragraphs());
        return new ReportValidated(id, sample, "0".repeat(64), new SubmissionMetadata(null, regionCode, null, null,
                null), renamed, List.of(), "test-1", Instant.now(), submittedAt, 1);
    }
}
