package org.disclosure.validate.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ValidationFlowTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

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

    private static Finding finding(ReportValidated event, String rule) {
        return event.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " finding in " + event.findings()));
    }

    private static ReportParsed parsed(UUID id, ParsedReport report) {
        return new ReportParsed(id, "report.txt", "0".repeat(64), SubmissionMetadata.empty(), report, Instant.now());
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
