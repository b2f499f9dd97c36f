package org.disclosure.faults;

import java.time.Duration;
import org.disclosure.devstack.Faults;
import org.junit.jupiter.api.Test;

/**
 * A service's database refuses connections for 30 s (its sessions terminated, new ones refused), or hangs for
 * 30 s (a held exclusive lock on its main table), while reports flow.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void statsDatabaseRefusesConnections() throws Exception {
        refuse("stats");
    }

    @Test
    void ingestDatabaseRefusesConnections() throws Exception {
        refuse("ingest");
    }

    @Test
    void validateDatabaseHangs() throws Exception {
        Scenario.run("validate DB hangs 30 s", "ACCESS EXCLUSIVE lock on validate.stored_report for 30 s", s -> {
            Feed feed = s.feed(s.reports());
            feed.awaitAccepted(Scenario.N, Duration.ofMinutes(2));
            s.faultBegins();
            try (Faults.TableLock lock = s.platform.devstack().faults().lockTable("validate", "stored_report")) {
                Scenario.sleep(OUTAGE);
            }
            s.faultEnds();
            s.awaitStoredAndCheck(feed);
        });
    }

    private static void refuse(String database) throws Exception {
        Scenario.run(database + " DB refuses 30 s", "database " + database + " refuses connections for 30 s", s -> {
            Faults faults = s.platform.devstack().faults();
            Feed feed = s.feed(s.reports());
            feed.awaitAccepted(Scenario.N, Duration.ofMinutes(2));
            s.faultBegins();
            faults.refuseConnections(database);
            try {
                Scenario.sleep(OUTAGE);
            } finally {
                faults.allowConnections(database);
            }
            s.faultEnds();
            s.awaitStoredAndCheck(feed);
        });
    }
}
