package org.disclosure.stats.support;

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
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.devstack.KafkaTestClient;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reports for the comparison tests, in years no other test uses (2041, 2042): {@link YearPair}'s two years of
 * 桦川县人民政府 (230826, 佳木斯市), a 桦川县财政局 with a 2042 report only, and 兴庆区人民政府 (640104) in both years
 * for the cross-province checks.
 */
public final class ComparisonFixture {

    public static final int LEFT_YEAR = 2041;
    public static final int RIGHT_YEAR = 2042;
    public static final String CITY = "230800";
    public static final UUID EARLIER = id("huachuan-2041");
    public static final UUID LATER = id("huachuan-2042");
    public static final UUID FINANCE_ONLY_LATER = id("huachuan-finance-2042");
    public static final UUID NINGXIA_EARLIER = id("xingqing-2041");
    public static final UUID NINGXIA_LATER = id("xingqing-2042");

    private static volatile boolean stored;

    private ComparisonFixture() {
    }

    public static synchronized void ensureStored() {
        if (stored) return;
        KafkaTestClient kafka = KafkaTestClient.shared(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        ParsedReport earlier = YearPair.earlier(LEFT_YEAR);
        ParsedReport later = YearPair.later(RIGHT_YEAR);
        Region xingqing = new Region("640104", "宁夏回族自治区", "银川市", "兴庆区");
        Map<UUID, ReportValidated> events = Map.of(
                EARLIER, event(EARLIER, earlier, YearPair.earlierFindings()),
                LATER, event(LATER, later, YearPair.laterFindings()),
                FINANCE_ONLY_LATER, event(FINANCE_ONLY_LATER, renamed(later, "桦川县财政局", later.region()), List.of()),
                NINGXIA_EARLIER, event(NINGXIA_EARLIER, renamed(earlier, "银川市兴庆区人民政府", xingqing), List.of()),
                NINGXIA_LATER, event(NINGXIA_LATER, renamed(later, "银川市兴庆区人民政府", xingqing), List.of()));
        events.forEach((id, event) -> kafka.send(Topics.VALIDATED, id.toString(), event));
        events.keySet().forEach(id -> kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == Stage.STORED, Duration.ofSeconds(30)));
        stored = true;
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("comparison-fixture/" + name).getBytes());
    }

    private static ParsedReport renamed(ParsedReport report, String agency, Region region) {
        return new ParsedReport(agency, region, report.year(), report.format(), report.publishedOn(), report.sections(),
                report.cells(), report.sources(), report.issues(), report.paragraphs());
    }

    private static ReportValidated event(UUID id, ParsedReport report, List<Finding> findings) {
        return new ReportValidated(id, id + ".txt", "0".repeat(64), SubmissionMetadata.empty(), report, findings,
                "test-1", Instant.now(), Instant.parse("2043-02-01T08:00:00Z"), 1);
    }
}
