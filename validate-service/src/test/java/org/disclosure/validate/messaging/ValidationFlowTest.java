package org.disclosure.validate.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.report.ParsedReport;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValidationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final KafkaTestClient kafka = KafkaTestClient.shared(bootstrapServers);

    @Test
    void theSameAgencyNameInAnotherProvinceIsNotItsPreviousYear() throws Exception {
        // a 财政局 of Ningxia and one of Heilongjiang: the title names no place, the feeds name the province
        String agency = "财政局" + UUID.randomUUID().toString().substring(0, 8);
        ParsedReport ningxia2022 = withRegion(withAgency(sample("001_467670f9828e7222.txt"), agency, 2022, Map.of()));
        UUID later = UUID.randomUUID();
        kafka.send(Topics.PARSED, later.toString(), parsed(later, ningxia2022, regionNamed("640000")));
        kafka.await(Topics.VALIDATED, ReportValidated.class, event -> event.submissionId().equals(later), WAIT);

        ParsedReport heilongjiang2021 = withRegion(withAgency(sample("001_467670f9828e7222.txt"), agency, 2021,
                Map.of("apply.carried_forward.natural", new BigDecimal(3),
                        "apply.carried_forward.total", new BigDecimal(3))));
        UUID other = UUID.randomUUID();
        kafka.send(Topics.PARSED, other.toString(), parsed(other, heilongjiang2021, regionNamed("230000")));
        kafka.await(Topics.VALIDATED, ReportValidated.class, event -> event.submissionId().equals(other), WAIT);

        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            var validations = companion.consume(byte[].class).withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Topics.VALIDATED, records -> records.select().where(record ->
                            record.key() != null && record.key().startsWith("640000:")
                                    && new String(record.value(), StandardCharsets.UTF_8).contains(later.toString())))
                    .awaitRecords(1, WAIT);
            // the other province's report was validated; had it been taken for this agency's previous year, this
            // report would have been validated again right after it, in the same handler
            Thread.sleep(5_000);
            assertEquals(1, validations.count(), "validated once, never again because of the other province");
        }
    }

    @Test
    void poisonRecordsAreDeadLetteredAndTheChannelGoesOn() throws IOException {
        UUID broken = UUID.randomUUID();
        String garbageKey = "garbage-" + UUID.randomUUID();
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            companion.produce(byte[].class).fromRecords(
                    new ProducerRecord<>(Topics.PARSED, garbageKey, new byte[] {0x1f, (byte) 0x8b, 0x08, 0x00}),
                    // readable, with a submission id, but without a report: it cannot be validated, ever
                    new ProducerRecord<>(Topics.PARSED, broken.toString(),
                            ("{\"submissionId\":\"" + broken + "\"}").getBytes(StandardCharsets.UTF_8)))
                    .awaitCompletion(WAIT);
            UUID valid = UUID.randomUUID();
            kafka.send(Topics.PARSED, valid.toString(), parsed(valid, sample("000_04f175cd85c0a915.txt")));
            kafka.await(Topics.VALIDATED, ReportValidated.class, event -> event.submissionId().equals(valid), WAIT);

            StatusChanged failed = kafka.await(Topics.STATUS, StatusChanged.class,
                    change -> change.submissionId().equals(broken), WAIT);
            assertEquals(Stage.VALIDATION_FAILED, failed.stage(), "the submission is told why: " + failed);
            assertTrue(failed.reason().contains("/"), failed.reason());
            companion.consume(byte[].class).withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(Topics.deadLetters(Topics.PARSED), records -> records.select().where(record ->
                            garbageKey.equals(record.key()) || broken.toString().equals(record.key())))
                    .awaitRecords(2, WAIT);
        }
    }

    private static SubmissionMetadata regionNamed(String code) {
        return new SubmissionMetadata(null, code, null, null, null);
    }

    private static ParsedReport withRegion(ParsedReport report) {
        return new ParsedReport(report.agency(), null, report.year(), report.format(), report.publishedOn(),
                report.sections(), report.cells(), report.sources(), report.issues(), report.paragraphs());
    }

    @Test
    void validatesAParsedReportAndRecordsTheRuleSetVersion() throws IOException {
        UUID id = UUID.randomUUID();
        kafka.send(Topics.PARSED, id.toString(), parsed(id, sample("000_04f175cd85c0a915.txt")));

        ReportValidated validated = kafka.await(Topics.VALIDATED, ReportValidated.class,
                event -> event.submissionId().equals(id), WAIT);
        assertFalse(validated.ruleSetVersion().isBlank());
        assertEquals(FindingStatus.VIOLATED, finding(validated, "X01").status());
        kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == Stage.VALIDATED, WAIT);
    }

    @Test
    void anEarlierYearArrivingLateRevalidatesTheLaterOne() throws IOException {
        // an agency of its own, so that no other test's reports count as its history
        String agency = "测试市样本区人民政府" + UUID.randomUUID().toString().substring(0, 8);
        ParsedReport report2022 = withAgency(sample("001_467670f9828e7222.txt"), agency, 2022, Map.of());
        UUID later = UUID.randomUUID();
        kafka.send(Topics.PARSED, later.toString(), parsed(later, report2022));
        ReportValidated first = kafka.await(Topics.VALIDATED, ReportValidated.class,
                event -> event.submissionId().equals(later), WAIT);
        assertEquals(FindingStatus.NOT_ASSESSABLE, finding(first, "Y01").status());

        // last year's report says 3 applications were carried forward; this year's says 0 were carried over
        ParsedReport report2021 = withAgency(sample("001_467670f9828e7222.txt"), agency, 2021,
                Map.of("apply.carried_forward.natural", new BigDecimal(3),
                        "apply.carried_forward.total", new BigDecimal(3)));
        UUID earlier = UUID.randomUUID();
        kafka.send(Topics.PARSED, earlier.toString(), parsed(earlier, report2021));

        ReportValidated again = kafka.await(Topics.VALIDATED, ReportValidated.class,
                event -> event.submissionId().equals(later) && event.findings().stream()
                        .anyMatch(f -> f.rule().equals("Y01") && f.status() == FindingStatus.VIOLATED), WAIT);
        assertEquals(report2022.agency(), again.report().agency());
    }

    /**
     * An older version of a year arriving after a newer one: the later year is validated again against the newer
     * version (the latest received), which the consumer reads again since it is not the event in hand.
     */
    @Test
    void anOlderVersionArrivingLateLeavesTheNewerOneThePreviousYear() throws IOException {
        String agency = "测试市样本区人民政府" + UUID.randomUUID().toString().substring(0, 8);
        UUID later = UUID.randomUUID();
        kafka.send(Topics.PARSED, later.toString(), parsed(later,
                withAgency(sample("001_467670f9828e7222.txt"), agency, 2022, Map.of()), Instant.now()));
        kafka.await(Topics.VALIDATED, ReportValidated.class, event -> event.submissionId().equals(later), WAIT);

        Instant now = Instant.now();
        UUID newer = UUID.randomUUID();
        kafka.send(Topics.PARSED, newer.toString(), parsed(newer, withAgency(sample("001_467670f9828e7222.txt"), agency,
                2021, Map.of("apply.carried_forward.natural", new BigDecimal(3),
                        "apply.carried_forward.total", new BigDecimal(3))), now));
        kafka.await(Topics.VALIDATED, ReportValidated.class, event -> event.submissionId().equals(later)
                && y01Expects(event, 3), WAIT);

        // received before the newer version, handled after it: the newer version stays last year's report
        UUID older = UUID.randomUUID();
        Instant sent = Instant.now();
        kafka.send(Topics.PARSED, older.toString(), parsed(older, withAgency(sample("001_467670f9828e7222.txt"), agency,
                2021, Map.of("apply.carried_forward.natural", new BigDecimal(5),
                        "apply.carried_forward.total", new BigDecimal(5))), now.minusSeconds(60)));
        ReportValidated again = kafka.await(Topics.VALIDATED, ReportValidated.class, event ->
                event.submissionId().equals(later) && event.validatedAt().isAfter(sent), WAIT);
        assertTrue(y01Expects(again, 3), "validated again against the newer version: " + again.findings());
    }

    private static boolean y01Expects(ReportValidated event, int carriedForward) {
        return event.findings().stream().anyMatch(f -> f.rule().equals("Y01") && f.status() == FindingStatus.VIOLATED
                && f.expected() != null && f.expected().compareTo(new BigDecimal(carriedForward)) == 0);
    }

    private static Finding finding(ReportValidated event, String rule) {
        return event.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " finding in " + event.findings()));
    }

    private static ReportParsed parsed(UUID id, ParsedReport report) {
        return parsed(id, report, SubmissionMetadata.empty());
    }

    private static ReportParsed parsed(UUID id, ParsedReport report, SubmissionMetadata metadata) {
        return new ReportParsed(id, "report.txt", "0".repeat(64), metadata, report, Instant.now(), 1);
    }

    private static ReportParsed parsed(UUID id, ParsedReport report, Instant submittedAt) {
        return new ReportParsed(id, "report.txt", "0".repeat(64), SubmissionMetadata.empty(), report, submittedAt, 1);
    }

    private static ParsedReport sample(String name) throws IOException {
        ParseResult result = new ReportParser().parse(Files.readAllBytes(Path.of("../samples", name)));
        return ((ParseResult.Success) result).report();
    }

    private static ParsedReport withAgency(ParsedReport report, String agency, int year,
            Map<String, BigDecimal> changedCells) {
        Map<String, BigDecimal> cells = new LinkedHashMap<>(report.cells());
        cells.putAll(changedCells);
        return new ParsedReport(agency, report.region(), year, report.format(), report.publishedOn(),
                report.sections(), cells, report.sources(), report.issues(), report.paragraphs());
    }
}
