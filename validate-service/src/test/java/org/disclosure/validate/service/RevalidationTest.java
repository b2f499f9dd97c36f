package org.disclosure.validate.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.validate.history.GeneratedHistory;
import org.disclosure.validate.history.HistoryTable;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Re-validation of a stored history of about 700 reports in pages of 5: far more agencies straddle a page
 * boundary than not, and some agencies alone are larger than a page. Each report must be published once, with the
 * findings the validator gives it against its agency's latest report of the year before.
 */
@QuarkusTest
class RevalidationTest {

    private static final int AGENCIES = 200;
    private static final int PAGE = 5;
    // a guard, not a speed test: on the shared 2-core machine at load average 40-60 the 700 reports took over 90 s
    private static final Duration WAIT = Duration.ofMinutes(5);

    @Inject
    RevalidationService revalidation;

    private final String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);

    @Test
    void everyStoredReportIsValidatedOnceAgainstItsPreviousYearAcrossPages() throws Exception {
        String tag = "R" + UUID.randomUUID().toString().substring(0, 6);
        GeneratedHistory generated = new GeneratedHistory(Path.of("../samples"), tag);
        List<List<ReportParsed>> agencies = IntStream.range(0, AGENCIES).mapToObj(generated::agency).toList();
        Map<UUID, List<String>> expected = expectedFindings(agencies);
        store(agencies.stream().flatMap(List::stream).toList());

        List<Integer> pages = java.util.Collections.synchronizedList(new ArrayList<>());
        int published = revalidation.all(PAGE, count -> {
            pages.add(count);
            return Uni.createFrom().voidItem();
        }).await().atMost(WAIT);

        assertTrue(published >= expected.size(), published + " re-validated, " + expected.size() + " stored here");
        // the job's progress: every page told once its reports are acknowledged, and together they are the total
        assertEquals(published, pages.stream().mapToInt(Integer::intValue).sum());
        assertTrue(pages.stream().allMatch(count -> count > 0), "a page without reports was told: " + pages);
        Map<UUID, List<String>> found = new HashMap<>();
        int y01Violated = 0;
        int y01Assessed = 0;
        for (ReportValidated event : readBack(Topics.VALIDATED, ReportValidated.class, expected.keySet(),
                expected.size(), ReportValidated::submissionId)) {
            List<String> previous = found.put(event.submissionId(), summary(event.findings()));
            assertEquals(null, previous, "published twice: " + event.submissionId());
            y01Violated += (int) event.findings().stream()
                    .filter(f -> f.rule().equals("Y01") && f.status() == FindingStatus.VIOLATED).count();
            if (event.findings().stream().noneMatch(f -> f.rule().equals("Y01")
                    && f.status() == FindingStatus.NOT_ASSESSABLE)) y01Assessed++;
        }
        assertEquals(expected, found, "the findings against the previous year, whichever page it was read in");
        // the generated histories exercise the cross-year rules both ways
        assertTrue(y01Violated > 20, y01Violated + " Y01 violations");
        assertTrue(y01Assessed > expected.size() / 2, y01Assessed + " reports with Y01 assessed");

        List<StatusChanged> statuses = readBack(Topics.STATUS, StatusChanged.class, expected.keySet(),
                expected.size(), StatusChanged::submissionId);
        assertTrue(statuses.stream().allMatch(status -> status.stage() == Stage.VALIDATED));
        assertEquals(expected.keySet(), new HashSet<>(statuses.stream().map(StatusChanged::submissionId).toList()));
    }

    /** What the validator says about each report given the latest version of its agency's year before. */
    private static Map<UUID, List<String>> expectedFindings(List<List<ReportParsed>> agencies) {
        Validator validator = new Validator();
        Map<UUID, List<String>> expected = new HashMap<>();
        for (List<ReportParsed> agency : agencies) {
            for (ReportParsed report : agency) {
                ReportParsed previous = null;
                if (report.report().agency() != null) {
                    for (ReportParsed candidate : agency) {
                        boolean yearBefore = candidate.report().agency() != null
                                && candidate.report().year() == report.report().year() - 1;
                        if (yearBefore && (previous == null || candidate.submittedAt().isAfter(previous.submittedAt()))) {
                            previous = candidate;
                        }
                    }
                }
                expected.put(report.submissionId(), summary(validator.validate(report.report(), new ValidationContext(
                        previous == null ? null : previous.report(), report.metadata().publishedOn()))));
            }
        }
        return expected;
    }

    private static List<String> summary(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.status() + " " + f.messageEn()).toList();
    }

    private static void store(List<ReportParsed> reports) throws Exception {
        var config = ConfigProvider.getConfig();
        try (HistoryTable table = new HistoryTable(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class))) {
            for (int from = 0; from < reports.size(); from += 200) {
                table.insert(reports.subList(from, Math.min(reports.size(), from + 200)));
            }
        }
    }

    /** Every event of the topic about the given submissions; a duplicate would already be in the topic. */
    private <T> List<T> readBack(String topic, Class<T> type, Set<UUID> ids, int count,
            java.util.function.Function<T, UUID> id) throws IOException, InterruptedException {
        try (KafkaCompanion companion = new KafkaCompanion(bootstrapServers)) {
            ConsumerTask<String, byte[]> records = companion.consume(byte[].class)
                    .withOffsetReset(OffsetResetStrategy.EARLIEST)
                    .fromTopics(topic, all -> all.select().where(record -> mine(record, ids)));
            records.awaitRecords(count, WAIT);
            // everything was acknowledged before all() returned: a second copy would be read by now
            Thread.sleep(3_000);
            List<T> events = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : records.getRecords()) {
                events.add(CanonicalJson.mapper().readValue(record.value(), type));
            }
            assertEquals(count, events.size(), topic + ": one event per report");
            assertEquals(ids, new HashSet<>(events.stream().map(id).toList()));
            return events;
        }
    }

    private static boolean mine(ConsumerRecord<String, byte[]> record, Set<UUID> ids) {
        String value = new String(record.value(), 0, Math.min(record.value().length, 80),
                java.nio.charset.StandardCharsets.UTF_8);
        int start = value.indexOf("\"submissionId\":\"");
        if (start < 0) return false;
        start += "\"submissionId\":\"".length();
        try {
            return ids.contains(UUID.fromString(value.substring(start, start + 36)));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
