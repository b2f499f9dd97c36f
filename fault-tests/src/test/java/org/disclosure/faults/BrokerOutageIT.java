package org.disclosure.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The Kafka broker is stopped for 30 s during the uploads and started again on the same data and port. */
class BrokerOutageIT {

    @Test
    void kafkaStoppedFor30Seconds() throws Exception {
        Scenario.run("Kafka down 30 s", "broker stopped 30 s after 10 uploads, started on the same data", s -> {
            Feed feed = s.feed(s.reports());
            feed.awaitAccepted(Scenario.N, Duration.ofMinutes(2));
            s.faultBegins();
            s.platform.devstack().stopKafka();
            try {
                Scenario.sleep(Duration.ofSeconds(30));
            } finally {
                s.platform.devstack().startKafka();
            }
            s.faultEnds();
            s.awaitStoredAndCheck(feed);
        });
    }
}
