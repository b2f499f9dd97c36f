package org.disclosure.faults;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Two processes each of validate-service and stats-service in one consumer group, the second ones stopped and
 * started during the flow (each a rebalance: partitions move with uncommitted records), while six versions of
 * each of five agency-years arrive: exactly one current version per agency-year, the one submitted last.
 */
class RebalanceIT {

    @Test
    void rebalancesWhileVersionsOfOneAgencyYearArrive() throws Exception {
        Scenario.run("rebalances", "2nd validate/stats instances started and stopped during the flow", s -> {
            var platform = s.platform;
            CompletableFuture<String> validate2 = CompletableFuture.supplyAsync(
                    () -> platform.startInstance("validate-service"));
            CompletableFuture<String> stats2 = CompletableFuture.supplyAsync(
                    () -> platform.startInstance("stats-service"));
            String validateSecond = validate2.join();
            String statsSecond = stats2.join();
            s.log("second instances ready: " + validateSecond + ", " + statsSecond);
            Feed feed = Feed.start(platform.ingestUrl(), FaultSuite.tokens().clerk(), s.reports(),
                    Duration.ofMillis(400));
            feed.awaitAccepted(8, Duration.ofMinutes(2));
            s.faultBegins();
            platform.stopInstance(validateSecond);
            s.log(validateSecond + " stopped (rebalance)");
            feed.awaitAccepted(14, Duration.ofMinutes(2));
            platform.stopInstance(statsSecond);
            s.log(statsSecond + " stopped (rebalance)");
            // and join again while the rest arrives
            CompletableFuture<String> validate3 = CompletableFuture.supplyAsync(
                    () -> platform.startInstance("validate-service"));
            CompletableFuture<String> stats3 = CompletableFuture.supplyAsync(
                    () -> platform.startInstance("stats-service"));
            String validateThird = validate3.join();
            String statsThird = stats3.join();
            s.log("instances joined again (rebalance): " + validateThird + ", " + statsThird);
            feed.awaitAccepted(Scenario.M, Scenario.FEED_TIMEOUT);
            platform.stopInstance(validateThird);
            platform.stopInstance(statsThird);
            s.faultEnds();
            s.log("extra instances stopped (rebalance)");
            s.awaitStoredAndCheck(feed);
        });
    }
}
