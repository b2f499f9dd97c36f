package org.disclosure.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Topics;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** A submission nobody processes is announced again, so that a lost event never strands a report. */
@QuarkusTest
@TestProfile(UnprocessedSubmissionsRepublisherTest.Impatient.class)
class UnprocessedSubmissionsRepublisherTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.ingest.republish-after", "PT1S",
                    "disclosure.ingest.republish-every", "1s",
                    "disclosure.ingest.republish-delay", "0s");
        }
    }

    @Test
    void announcesAStrandedSubmissionAgain() {
        TestTokens tokens = TestTokens.forRealm(
                ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
        // no parse-service runs in this test: the submission stays "received"
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", "stranded.txt", ("报告 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id");

        AtomicInteger announcements = new AtomicInteger();
        KafkaTestClient.shared(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))
                .await(Topics.SUBMITTED, ReportSubmitted.class,
                        event -> event.submissionId().toString().equals(id) && announcements.incrementAndGet() >= 2,
                        Duration.ofSeconds(30));
        assertTrue(announcements.get() >= 2);
    }
}
