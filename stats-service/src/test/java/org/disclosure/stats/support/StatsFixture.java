package org.disclosure.stats.support;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.Region;
import org.disclosure.devstack.KafkaTestClient;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A small set of reports whose statistics are worked out by hand in the tests, in years (2028, 2029) that no
 * sample report uses:
 *
 * <pre>
 * 2029  道里区人民政府 230102  new 10 (natural 6), carried over 2, handled 10, granted 5, partial 1, denied 1,
 *                            carried forward 2; review total 3 pending 1 corrected 1; litigation direct total 1,
 *                            after review total 1 corrected 1; A01 error, Q03 late
 *       (its superseded first version, submitted earlier but sent last: new 1000, X01 error — must count nowhere)
 * 2029  道里区财政局     230102  new 5 (natural 1), handled 5, granted 2; nothing else; no findings
 * 2029  龙沙区人民政府   230202  all zero: every rate undefined; Q03 not assessable (no publication date)
 * 2029  兴庆区人民政府   640104  new 20 (natural 10), handled 20, granted 10, partial 5; review total 2 corrected 1;
 *                            no litigation (its rate undefined); A03 error
 * 2028  道里区人民政府   230102  new 8, handled 8, granted 2, partial 2
 * </pre>
 */
public final class StatsFixture {

    public static final int YEAR = 2029;
    public static final int EARLIER_YEAR = 2028;

    private static final Region DAOLI = new Region("230102", "黑龙江省", "哈尔滨市", "道里区");
    private static final Region LONGSHA = new Region("230202", "黑龙江省", "齐齐哈尔市", "龙沙区");
    private static final Region XINGQING = new Region("640104", "宁夏回族自治区", "银川市", "兴庆区");
    private static final LocalDate ON_TIME = LocalDate.of(YEAR + 1, 1, 20);

    public static final FixtureReport DAOLI_FIRST_VERSION = new FixtureReport("daoli-2029-v1", "哈尔滨市道里区人民政府",
            DAOLI, YEAR).cell("apply.new.total", 1000).cell("apply.total.total", 1000).publishedOn(ON_TIME)
            .violation("X01", Severity.ERROR).submittedAt(Instant.parse("2030-02-01T08:00:00Z"));
    public static final FixtureReport DAOLI_GOVERNMENT = new FixtureReport("daoli-2029-v2", "哈尔滨市道里区人民政府",
            DAOLI, YEAR).cell("apply.new.total", 10).cell("apply.new.natural", 6).cell("apply.carried_over.total", 2)
            .cell("apply.total.total", 10).cell("apply.granted.total", 5).cell("apply.partial.total", 1)
            .cell("apply.denied.state_secret.total", 1).cell("apply.carried_forward.total", 2)
            .cell("review.total", 3).cell("review.pending", 1).cell("review.corrected", 1)
            .cell("litigation_direct.total", 1).cell("litigation_after_review.total", 1)
            .cell("litigation_after_review.corrected", 1).publishedOn(LocalDate.of(YEAR + 1, 5, 1))
            .violation("A01", Severity.ERROR).violation("Q03", Severity.WARNING);
    public static final FixtureReport DAOLI_FINANCE = new FixtureReport("daoli-finance-2029", "哈尔滨市道里区财政局",
            DAOLI, YEAR).cell("apply.new.total", 5).cell("apply.new.natural", 1).cell("apply.total.total", 5)
            .cell("apply.granted.total", 2).publishedOn(ON_TIME);
    public static final FixtureReport LONGSHA_GOVERNMENT = new FixtureReport("longsha-2029", "齐齐哈尔市龙沙区人民政府",
            LONGSHA, YEAR).finding("Q03", Severity.WARNING, FindingStatus.NOT_ASSESSABLE);
    public static final FixtureReport XINGQING_GOVERNMENT = new FixtureReport("xingqing-2029", "银川市兴庆区人民政府",
            XINGQING, YEAR).cell("apply.new.total", 20).cell("apply.new.natural", 10).cell("apply.total.total", 20)
            .cell("apply.granted.total", 10).cell("apply.partial.total", 5).cell("review.total", 2)
            .cell("review.corrected", 1).publishedOn(ON_TIME).violation("A03", Severity.ERROR);
    public static final FixtureReport DAOLI_EARLIER_YEAR = new FixtureReport("daoli-2028", "哈尔滨市道里区人民政府",
            DAOLI, EARLIER_YEAR).cell("apply.new.total", 8).cell("apply.total.total", 8).cell("apply.granted.total", 2)
            .cell("apply.partial.total", 2).publishedOn(LocalDate.of(EARLIER_YEAR + 1, 1, 10));

    private static volatile boolean stored;

    private StatsFixture() {
    }

    /** Sends the reports once per class loader; sending them again would store the same rows again. */
    public static synchronized void ensureStored() {
        if (stored) return;
        KafkaTestClient kafka = KafkaTestClient.shared(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        // the current version is stored first and the earlier submitted one after it: which version counts must
        // follow the submission times, not the arrival order
        List<FixtureReport> current = List.of(DAOLI_GOVERNMENT, DAOLI_FINANCE, LONGSHA_GOVERNMENT, XINGQING_GOVERNMENT,
                DAOLI_EARLIER_YEAR);
        current.forEach(report -> send(kafka, report));
        current.forEach(report -> awaitStored(kafka, report.id()));
        send(kafka, DAOLI_FIRST_VERSION);
        awaitStored(kafka, DAOLI_FIRST_VERSION.id());
        stored = true;
    }

    /** Stores one more report through the topic, as validate-service sends it, and waits until it is stored. */
    public static void store(FixtureReport report) {
        KafkaTestClient kafka = KafkaTestClient.shared(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        send(kafka, report);
        awaitStored(kafka, report.id());
    }

    private static void send(KafkaTestClient kafka, FixtureReport report) {
        kafka.send(Topics.VALIDATED, report.id().toString(), report.event());
    }

    private static void awaitStored(KafkaTestClient kafka, UUID id) {
        kafka.await(Topics.STATUS, StatusChanged.class,
                change -> change.submissionId().equals(id) && change.stage() == Stage.STORED, Duration.ofSeconds(30));
    }
}
