package org.disclosure.parse.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Sha256;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.parser.documents.SamplePdfs;
import org.disclosure.parser.documents.ScanAccuracy;
import org.disclosure.parser.documents.ScannedPdf;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** parse-service between real Kafka topics, fetching bytes from a stand-in for ingest-service's claim check. */
@QuarkusTest
class ParsingFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static HttpServer contentServer;
    /** Claim-check path of each submission the test sent, to the document it stands for. */
    private static final Map<String, String> DOCUMENT_OF = new java.util.concurrent.ConcurrentHashMap<>();
    /** Requests to /flaky answered 503 so far: ingest-service in a rolling upgrade. */
    private static final AtomicInteger FLAKY_REFUSALS = new AtomicInteger();

    @Inject
    KafkaClientService clients;

    private final String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaTestClient kafka = KafkaTestClient.shared(bootstrapServers);

    @BeforeAll
    static void serveContent() throws IOException {
        byte[] report = Files.readAllBytes(Path.of("../samples/004_b6a5a2f03b247e6e.txt"));
        Map<String, byte[]> documents = Map.of(
                "/report", report,
                // the committed PDF of sample 001 (鹤岗市工农区, 2022) as an office scanner makes it: image pages only
                "/scan", ScannedPdf.scan(SamplePdfs.bytes("001_467670f9828e7222"), ScannedPdf.Defects.office(), 11),
                "/long-report", withLongNarrative(report),
                "/not-a-report", "会议通知：请各单位于周五下午三点参加学习。".getBytes(StandardCharsets.UTF_8));
        contentServer = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        contentServer.createContext("/", exchange -> {
            // ingest's claim check: /api/submissions/{id}/content serves what the test registered for that id
            String path = DOCUMENT_OF.getOrDefault(exchange.getRequestURI().getPath(), "/gone");
            if (path.equals("/flaky") && FLAKY_REFUSALS.getAndIncrement() < 3) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] body = documents.get(path.equals("/flaky") ? "/report" : path);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            int status = authorization == null || !authorization.startsWith("Bearer ") ? 401 : body == null ? 404 : 200;
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (status == 200) out.write(body);
            }
        });
        contentServer.start();
    }

    @AfterAll
    static void stopServer() {
        contentServer.stop(0);
    }

    @Test
    void publishesTheCanonicalReport() {
        UUID id = submit("/report");
        ReportParsed parsed = kafka.await(Topics.PARSED, ReportParsed.class,
                event -> event.submissionId().equals(id), WAIT);
        assertEquals("桦川县人民政府", parsed.report().agency());
        assertEquals("230826", parsed.report().region().code());
        assertEquals(4, parsed.report().cells().get("apply.new.total").intValue());
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSED, status.stage());
        assertEquals(2021, status.year());
    }

    @Test
    void aScannedReportIsReadByOcrIntoTheCanonicalReportWithItsCells() {
        UUID id = UUID.randomUUID();
        DOCUMENT_OF.put("/api/submissions/" + id + "/content", "/scan");
        // ingest could not read the scan's region and accepted the one the submitter named: the city
        SubmissionMetadata metadata = new SubmissionMetadata(null, "230400", null, null, null);
        kafka.send(Topics.SUBMITTED, id.toString(), new ReportSubmitted(id, "scan.pdf", "application/pdf", 1,
                "0".repeat(64), claimCheck(id), metadata, Instant.now(), 1, null));
        Duration ocr = Duration.ofMinutes(4); // seconds of a core per page, on a busy test machine
        ReportParsed parsed = kafka.await(Topics.PARSED, ReportParsed.class, event -> event.submissionId().equals(id), ocr);
        assertEquals("230403", parsed.report().region().code(), "the region read from the scan, inside the accepted city");
        assertEquals(2022, parsed.report().year());
        assertEquals(0, parsed.report().cells().get("apply.new.total").intValue());
        assertEquals(1162, parsed.report().cells().get("active.licensing.decisions").intValue());
        // every cell of the text PDF's report, read exactly to at least 99 % (OCR may misread a digit: 313 as 3)
        ParsedReport truth = ((ParseResult.Success) new ReportParser().parse(SamplePdfs.bytes("001_467670f9828e7222"))).report();
        ScanAccuracy accuracy = ScanAccuracy.of(truth, parsed.report());
        assertTrue(accuracy.share() >= 0.99, accuracy + " " + accuracy.misread());
        assertTrue(parsed.report().sources().get("active.licensing.decisions").location().cell().contains("OCR"),
                "each value names its box on the scan and its confidence");
        assertEquals(Stage.PARSED, kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id), ocr).stage());
    }

    @Test
    void aReportWhoseCanonicalFormExceedsAMegabyteStillFlows() {
        UUID id = submit("/long-report");
        ReportParsed parsed = kafka.await(Topics.PARSED, ReportParsed.class,
                event -> event.submissionId().equals(id), WAIT);
        assertEquals("230826", parsed.report().region().code());
        assertEquals(4, parsed.report().cells().get("apply.new.total").intValue());
        assertTrue(parsed.report().paragraphs().stream().mapToInt(p -> p.text().length()).sum() > 600_000);
    }

    /** The report followed by ~2.4 MB of text that compresses poorly, as a long narrative would be. */
    private static byte[] withLongNarrative(byte[] report) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(new String(report, StandardCharsets.UTF_8)).append('\n');
        for (int line = 0; line < 10_000; line++) {
            for (int c = 0; c < 80; c++) text.append((char) (0x4E00 + random.nextInt(0x51A5)));
            text.append("。\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDocumentThatIsNotAReportFailsWithAReason() {
        UUID id = submit("/not-a-report");
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSE_FAILED, status.stage());
        assertTrue(status.reason().contains("/"), "reason in Chinese and English: " + status.reason());
    }

    @Test
    void aSmallFileInTheEventIsParsedWithoutTheClaimCheck() throws IOException {
        // nothing is registered for this id: fetching its claim check would be answered 404
        UUID id = UUID.randomUUID();
        byte[] report = Files.readAllBytes(Path.of("../samples/004_b6a5a2f03b247e6e.txt"));
        kafka.send(Topics.SUBMITTED, id.toString(), inline(id, report, Sha256.hex(report)));
        ReportParsed parsed = kafka.await(Topics.PARSED, ReportParsed.class,
                event -> event.submissionId().equals(id), WAIT);
        assertEquals("桦川县人民政府", parsed.report().agency());
        assertEquals(Stage.PARSED, awaitStatus(id).stage());
    }

    @Test
    void bytesInTheEventThatAreNotTheSubmissionsAreRefused() throws IOException {
        UUID id = UUID.randomUUID();
        DOCUMENT_OF.put("/api/submissions/" + id + "/content", "/report");
        byte[] report = Files.readAllBytes(Path.of("../samples/004_b6a5a2f03b247e6e.txt"));
        byte[] altered = report.clone();
        altered[altered.length - 1] ^= 1;
        kafka.send(Topics.SUBMITTED, id.toString(), inline(id, altered, Sha256.hex(report)));
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSE_FAILED, status.stage());
        assertTrue(status.reason().contains("SHA-256"), status.reason());
    }

    @Test
    void contentThatCannotBeFetchedFailsWithAReason() {
        UUID id = submit("/gone");
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSE_FAILED, status.stage());
        assertTrue(status.reason().contains("404"), status.reason());
    }

    @Test
    void theServiceTokenIsNeverSentAnywhereButIngest() {
        UUID id = UUID.randomUUID();
        kafka.send(Topics.SUBMITTED, id.toString(), event(id,
                "http://127.0.0.1:" + contentServer.getAddress().getPort() + "/api/submissions/" + id + "/content"));
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSE_FAILED, status.stage());
        assertTrue(status.reason().contains("not ingest-service's claim check"), status.reason());
    }

    @Test
    void anIngestServiceThatIsBrieflyUnavailableIsWaitedOutNotTurnedIntoAFailure() {
        UUID id = submit("/flaky");
        StatusChanged status = awaitStatus(id);
        assertEquals(Stage.PARSED, status.stage(), "no parse_failed before the report parses: " + status);
        assertTrue(FLAKY_REFUSALS.get() >= 4, "ingest was asked again after each 503");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWholeAndTheChannelGoesOn() {
        KafkaCompanion companion = new KafkaCompanion(bootstrapServers);
        String garbageKey = "garbage-" + UUID.randomUUID();
        String emptyKey = "empty-" + UUID.randomUUID();
        byte[] garbage = {(byte) 0xff, 0x00, 0x13, '{', '"'};
        companion.produce(byte[].class).fromRecords(
                new ProducerRecord<>(Topics.SUBMITTED, garbageKey, garbage),
                new ProducerRecord<>(Topics.SUBMITTED, emptyKey, "{}".getBytes(StandardCharsets.UTF_8)))
                .awaitCompletion(WAIT);
        UUID valid = submit("/report");
        assertEquals(Stage.PARSED, awaitStatus(valid).stage(), "the report after the poison flows");

        var deadLetters = companion.consume(byte[].class).withOffsetReset(OffsetResetStrategy.EARLIEST)
                .fromTopics(Topics.deadLetters(Topics.SUBMITTED), records -> records.select()
                        .where(r -> garbageKey.equals(r.key()) || emptyKey.equals(r.key())))
                .awaitRecords(2, WAIT);
        ConsumerRecord<String, byte[]> garbageLetter = deadLetters.getRecords().stream()
                .filter(r -> garbageKey.equals(r.key())).findFirst().orElseThrow();
        assertEquals(new String(garbage, StandardCharsets.ISO_8859_1),
                new String(garbageLetter.value(), StandardCharsets.ISO_8859_1), "the original bytes are kept");
        assertTrue(header(garbageLetter, "dead-letter-reason").contains("not a readable ReportSubmitted event"),
                header(garbageLetter, "dead-letter-reason"));
        assertEquals(Topics.SUBMITTED, header(garbageLetter, "dead-letter-topic"));
        deadLetters.stop();
        companion.close();
    }

    @Test
    void everyEventIsAcknowledgedByAllReplicasAndWrittenOnce() {
        for (String channel : new String[] {Channels.PARSED, Channels.STATUS}) {
            var configuration = clients.getProducer(channel).configuration();
            assertEquals("all", String.valueOf(configuration.get("acks")), channel);
            assertEquals("true", String.valueOf(configuration.get("enable.idempotence")), channel);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void anEventPointingAtAnotherSubmissionsContentIsRefused() {
        UUID genuine = submit("/report");
        assertEquals(Stage.PARSED, awaitStatus(genuine).stage());
        // a well-formed event under an id ingest never issued, carrying the claim check of a real submission
        UUID ghost = UUID.randomUUID();
        kafka.send(Topics.SUBMITTED, ghost.toString(), event(ghost, claimCheck(genuine)));
        StatusChanged status = awaitStatus(ghost);
        assertEquals(Stage.PARSE_FAILED, status.stage());
        assertTrue(status.reason().contains("claim check of submission " + ghost), status.reason());
    }

    private String claimCheck(UUID id) {
        return "http://localhost:" + contentServer.getAddress().getPort() + "/api/submissions/" + id + "/content";
    }

    private UUID submit(String document) {
        UUID id = UUID.randomUUID();
        DOCUMENT_OF.put("/api/submissions/" + id + "/content", document);
        kafka.send(Topics.SUBMITTED, id.toString(), event(id, claimCheck(id)));
        return id;
    }

    private static ReportSubmitted event(UUID id, String url) {
        return new ReportSubmitted(id, "report.txt", "text/plain", 1, "0".repeat(64), url, SubmissionMetadata.empty(),
                Instant.now(), 1, null);
    }

    private ReportSubmitted inline(UUID id, byte[] content, String sha256) {
        return new ReportSubmitted(id, "report.txt", "text/plain", content.length, sha256, claimCheck(id),
                SubmissionMetadata.empty(), Instant.now(), 1, content);
    }

    private StatusChanged awaitStatus(UUID id) {
        return kafka.await(Topics.STATUS, StatusChanged.class, change -> change.submissionId().equals(id), WAIT);
    }
}
