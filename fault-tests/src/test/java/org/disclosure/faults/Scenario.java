package org.disclosure.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.disclosure.cli.Platform;

/**
 * One fault scenario: its reports, the feed that uploads them, when the fault began and ended, and the checks
 * at the end. {@link #run} records a row of the summary whether it passes or not.
 */
final class Scenario {

    /** Reports per scenario. */
    static final int M = 30;
    /** Uploads accepted before the fault. */
    static final int N = 10;
    static final Duration PACING = Duration.ofMillis(200);
    static final Duration FEED_TIMEOUT = Duration.ofMinutes(5);
    static final Duration STORE_TIMEOUT = Duration.ofMinutes(4);

    interface Body {
        void run(Scenario scenario) throws Exception;
    }

    final String name;
    final String fault;
    final Platform platform;
    final Pipeline pipeline;
    private final Instant started;
    private Instant faultStart;
    private Instant faultEnd;
    private Instant lastStored;

    private Scenario(String name, String fault) {
        this.name = name;
        this.fault = fault;
        this.platform = FaultSuite.platform();
        this.pipeline = new Pipeline(platform, FaultSuite.tokens().national());
        this.started = Instant.now(); // after the platform's start, which the first scenario waits for
    }

    static void run(String name, String fault, Body body) throws Exception {
        Scenario scenario = new Scenario(name, fault);
        System.out.printf("%n[fault-tests] ===== %s: %s =====%n", name, fault);
        String result = "pass";
        try {
            body.run(scenario);
        } catch (Throwable e) {
            String message = String.valueOf(e.getMessage());
            result = "FAIL: " + (message.length() > 160 ? message.substring(0, 160) + "…" : message);
            throw e;
        } finally {
            Duration recovery = scenario.recovery();
            FaultSuite.SUMMARY.add(new Summary.Row(name, M, fault, scenario.faultDuration(), recovery,
                    Duration.between(scenario.started, Instant.now()), result));
            System.out.printf("[fault-tests] %s: %s; fault lasted %s, recovery %s%n", name, result,
                    Summary.seconds(scenario.faultDuration()), Summary.seconds(recovery));
        }
    }

    /** Reports named after this scenario. */
    List<Feed.Report> reports() throws java.io.IOException {
        return Feed.reports(name.replaceAll("[^A-Za-z0-9]+", "-"), M);
    }

    Feed feed(List<Feed.Report> reports) {
        return Feed.start(platform.ingestUrl(), FaultSuite.tokens().clerk(), reports, PACING);
    }

    void faultBegins() {
        faultStart = Instant.now();
        log("fault begins");
    }

    void faultEnds() {
        faultEnd = Instant.now();
        log("fault ends");
    }

    void log(String what) {
        System.out.printf("[fault-tests] %s +%.1f s: %s%n", name,
                Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
    }

    /** Waits for every upload, then for every submission to be stored, then checks the suite's invariants. */
    Pipeline.Stored awaitStoredAndCheck(Feed feed) throws Exception {
        List<Feed.Submitted> submissions = feed.awaitAll(FEED_TIMEOUT);
        log("all " + submissions.size() + " uploads accepted (" + feed.retries() + " retried tries)");
        Pipeline.Stored stored = pipeline.awaitStored(submissions, STORE_TIMEOUT);
        lastStored = stored.last();
        log("all stored");
        pipeline.assertInvariants(submissions, stored.statuses());
        return stored;
    }

    void storedAt(Instant last) {
        lastStored = last;
    }

    Duration faultDuration() {
        return faultStart == null || faultEnd == null ? null : Duration.between(faultStart, faultEnd);
    }

    /** From the fault's end to the last report stored (0 when everything was stored before the fault ended). */
    Duration recovery() {
        if (faultEnd == null || lastStored == null) return null;
        Duration d = Duration.between(faultEnd, lastStored);
        return d.isNegative() ? Duration.ZERO : d;
    }

    static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
