package org.disclosure.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A service is killed (SIGKILL: no shutdown, no offsets committed, no goodbye to its consumer group) after 10 of
 * 30 uploads and started again: every report is stored exactly once. For ingest-service, the uploads that fail
 * while it is down are tried again by the feed.
 */
class ServiceCrashIT {

    @Test
    void parseServiceKilled() throws Exception {
        crash("parse-service");
    }

    @Test
    void validateServiceKilled() throws Exception {
        crash("validate-service");
    }

    @Test
    void statsServiceKilled() throws Exception {
        crash("stats-service");
    }

    @Test
    void ingestServiceKilled() throws Exception {
        crash("ingest-service");
    }

    private static void crash(String service) throws Exception {
        Scenario.run(service + " killed", "SIGKILL of " + service + " after 10 uploads, restart", s -> {
            Feed feed = s.feed(s.reports());
            feed.awaitAccepted(Scenario.N, Duration.ofMinutes(2));
            s.faultBegins();
            s.platform.kill(service);
            s.log(service + " killed");
            s.platform.restart(service);
            s.faultEnds();
            s.awaitStoredAndCheck(feed);
        });
    }
}
