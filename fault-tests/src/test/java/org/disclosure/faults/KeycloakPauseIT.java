package org.disclosure.faults;

import java.time.Duration;
import org.disclosure.devstack.Faults;
import org.junit.jupiter.api.Test;

/** Keycloak frozen (SIGSTOP) for 60 s while reports are uploaded with tokens fetched before. */
class KeycloakPauseIT {

    @Test
    void keycloakPausedFor60Seconds() throws Exception {
        Scenario.run("Keycloak paused 60 s", "Keycloak SIGSTOP 60 s after 10 uploads, then SIGCONT", s -> {
            Faults faults = s.platform.devstack().faults();
            Feed feed = s.feed(s.reports());
            feed.awaitAccepted(Scenario.N, Duration.ofMinutes(2));
            s.faultBegins();
            faults.pauseKeycloak();
            try {
                Scenario.sleep(Duration.ofSeconds(60));
            } finally {
                faults.resumeKeycloak();
            }
            s.faultEnds();
            s.awaitStoredAndCheck(feed);
        });
    }
}
