package org.disclosure.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.Topics;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.disclosure.ingest.repository.SubmissionRepository;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Nothing stuck unseen: a submission whose announcement was lost, or that is stuck further down the pipeline,
 * is announced again with the same attempt; one merely queued behind a backlog is left alone.
 */
@QuarkusTest
@TestProfile(UnprocessedSubmissionsRepublisherTest.Impatient.class)
class UnprocessedSubmissionsRepublisherTest {

    public static class Impatient implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("disclosure.ingest.announce-after", "PT1S",
                    "disclosure.ingest.stuck-after", "PT1H",
                    "disclosure.ingest.republish-every", "1s",
                    "disclosure.ingest.republish-delay", "0s");
        }
    }

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Inject
    SubmissionRepository submissions;

    @Test
    void announcesASubmissionWhoseAnnouncementWasLost() throws Throwable {
        UUID id = submit("stranded");
        awaitAnnouncement(id, Duration.ofSeconds(30));
        // the event never reached Kafka (a crash between the commit and the send): no acknowledgement noted
        update("announcedAt = null, updatedAt = ?1 where id = ?2", Instant.now().minusSeconds(60), id);

        ReportSubmitted again = kafka.await(Topics.SUBMITTED, ReportSubmitted.class,
                event -> event.submissionId().equals(id) && announcedAfter(event, id), Duration.ofSeconds(30));
        assertEquals(1, again.attempt());
        awaitAnnounced(id);
    }

    @Test
    void announcesAStuckSubmissionAgainWithTheSameAttempt() throws Throwable {
        UUID id = submit("stuck");
        // parsed two hours ago on its second pass, nothing since: an event was lost further down the pipeline
        Instant longAgo = Instant.now().minus(Duration.ofHours(2));
        update("stage = ?1, attempt = 2, progressedAt = ?2, updatedAt = ?2, announcedAt = ?2 where id = ?3",
                Stage.PARSED, longAgo, id);
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/stuck?limit=1000")
                .then().statusCode(200).body("id", hasItem(id.toString()));

        ReportSubmitted again = kafka.await(Topics.SUBMITTED, ReportSubmitted.class,
                event -> event.submissionId().equals(id) && event.attempt() == 2, Duration.ofSeconds(30));
        assertEquals(2, again.attempt());
        awaitAnnounced(id);
        // announced again, still stuck (no step since): counted by the gauge the republisher refreshes
        double stuckParsed = given().when().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("disclosure_submissions_stuck{stage=\"parsed\"}"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
        assertTrue(stuckParsed >= 1, "stuck gauge for parsed: " + stuckParsed);
    }

    @Test
    void leavesASubmissionQueuedBehindABacklogAlone() throws Throwable {
        UUID id = submit("queued");
        awaitAnnouncement(id, Duration.ofSeconds(30));
        // announced ten minutes ago and still waiting for parse-service: well within stuck-after
        Instant tenMinutesAgo = Instant.now().minus(Duration.ofMinutes(10));
        update("progressedAt = ?1, updatedAt = ?1, announcedAt = ?1 where id = ?2", tenMinutesAgo, id);
        Thread.sleep(3_000); // three runs of the republisher
        assertThrows(AssertionError.class, () -> kafka.await(Topics.SUBMITTED, ReportSubmitted.class,
                event -> event.submissionId().equals(id) && announcedAfter(event, id), Duration.ofSeconds(2)));
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/stuck?limit=1000")
                .then().statusCode(200).body("id", not(hasItem(id.toString())));
    }

    @Test
    void onlyNationalSupervisorsListStuckSubmissions() {
        given().auth().oauth2(tokens.supervisor()).when().get("/api/submissions/stuck").then().statusCode(403);
        given().auth().oauth2(tokens.clerk()).when().get("/api/submissions/stuck").then().statusCode(403);
        given().auth().oauth2(tokens.national()).when().get("/api/submissions/stuck?limit=0").then().statusCode(400);
    }

    private UUID submit(String name) {
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", name + ".txt", ("报告 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8),
                        "text/plain")
                .multiPart("regionCode", "230407")
                .when().post("/api/submissions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private void awaitAnnouncement(UUID id, Duration timeout) {
        kafka.await(Topics.SUBMITTED, ReportSubmitted.class, event -> event.submissionId().equals(id), timeout);
    }

    /** Counts the announcements of the submission seen so far: true from the second one on. */
    private final Map<UUID, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();

    private boolean announcedAfter(ReportSubmitted event, UUID id) {
        return seen.merge(id, 1, Integer::sum) >= 2;
    }

    private void awaitAnnounced(UUID id) throws Throwable {
        long deadline = System.currentTimeMillis() + 30_000;
        while (read(id).announcedAt == null || read(id).announcedAt.isBefore(Instant.now().minusSeconds(60))) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("announcement never acknowledged");
            Thread.sleep(200);
        }
    }

    private org.disclosure.ingest.repository.Submission read(UUID id) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> submissions.findById(id)));
    }

    private void update(String query, Object... parameters) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> submissions.update(query,
                parameters)));
    }
}
