package org.disclosure.validate.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.contracts.events.Topics;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.devstack.KafkaTestClient;
import org.disclosure.devstack.TestTokens;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * POST /api/revalidations starts a job and answers at once (202 and the job's Location); GET follows it to the end;
 * a second POST while one runs answers 409 with the running job; a job whose instance stopped reads as failed.
 */
@QuarkusTest
class RevalidationResourceTest {

    private static final String JOBS = "/api/revalidations";
    // a guard, not a speed test: every report the other tests stored is re-validated too, on a loaded machine
    private static final Duration WAIT = Duration.ofMinutes(5);

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));
    private final KafkaTestClient kafka = KafkaTestClient.shared(
            ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));

    @Inject
    Pool database;

    @Test
    void revalidationIsForNationalUsersOnly() {
        given().when().post(JOBS).then().statusCode(401);
        given().auth().oauth2(tokens.supervisor()).when().post(JOBS).then().statusCode(403);
        given().auth().oauth2(tokens.supervisor()).when().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(tokens.national()).when().get(JOBS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aJobPublishesEveryStoredReportAgainAndShowsItsProgress() throws Exception {
        UUID id = UUID.randomUUID();
        ParsedReport report = ((ParseResult.Success) new ReportParser()
                .parse(Files.readAllBytes(Path.of("../samples/002_1eeed509761ddf3c.txt")))).report();
        kafka.send(Topics.PARSED, id.toString(), new ReportParsed(id, "002.txt", "0".repeat(64),
                SubmissionMetadata.empty(), report, Instant.now(), 1));
        kafka.await(Topics.VALIDATED, ReportValidated.class, e -> e.submissionId().equals(id), Duration.ofSeconds(30));

        Response started = given().auth().oauth2(tokens.national()).when().post(JOBS);
        started.then().statusCode(202)
                .body("state", equalTo("running"))
                .body("ruleSetVersion", notNullValue())
                .body("storedReports", greaterThanOrEqualTo(1))
                .body("startedAt", notNullValue())
                .body("finishedAt", nullValue());
        String job = started.jsonPath().getString("id");
        assertTrue(started.header("Location").endsWith(JOBS + "/" + job), started.header("Location"));

        JsonPath done = awaitEnd(job);
        assertEquals("done", done.getString("state"), done.prettify());
        assertTrue(done.getLong("reports") >= done.getLong("storedReports"), done.prettify());
        assertNotNull(done.getString("finishedAt"));
        assertEquals(null, done.getString("reason"));
        AtomicInteger validations = new AtomicInteger();
        kafka.await(Topics.VALIDATED, ReportValidated.class,
                e -> e.submissionId().equals(id) && validations.incrementAndGet() == 2, Duration.ofSeconds(30));
    }

    @Test
    void aSecondJobWhileOneRunsIsAnsweredWithTheRunningOne() throws Exception {
        UUID running = UUID.randomUUID();
        // a job another instance is running (its heartbeat fresh)
        insertRunning(running, Duration.ZERO);
        try {
            given().auth().oauth2(tokens.national()).when().post(JOBS).then().statusCode(409)
                    .header("Location", endsWith(JOBS + "/" + running))
                    .body("id", equalTo(running.toString()))
                    .body("state", equalTo("running"));
        } finally {
            database.preparedQuery("update revalidation_job set state = 'done', finished_at = now() where id = $1")
                    .execute(Tuple.of(running)).await().atMost(Duration.ofSeconds(10));
        }
    }

    @Test
    void aJobWhoseInstanceStoppedReadsAsFailedAndLetsANewOneStart() throws Exception {
        UUID abandoned = UUID.randomUUID();
        insertRunning(abandoned, Duration.ofMinutes(10));

        given().auth().oauth2(tokens.national()).when().get(JOBS + "/" + abandoned).then().statusCode(200)
                .body("state", equalTo("failed"))
                .body("finishedAt", notNullValue())
                .body("reason", org.hamcrest.Matchers.containsString("stopped"));
        Response started = given().auth().oauth2(tokens.national()).when().post(JOBS);
        started.then().statusCode(202);
        assertEquals("done", awaitEnd(started.jsonPath().getString("id")).getString("state"));
    }

    private void insertRunning(UUID id, Duration silentFor) {
        database.preparedQuery("insert into revalidation_job (id, state, rule_set_version, stored_reports, reports,"
                        + " started_at, heartbeat_at) values ($1, 'running', 'test', 10, 3, now(), now() - make_interval("
                        + "secs => $2))")
                .execute(Tuple.of(id, (double) silentFor.toSeconds())).await().atMost(Duration.ofSeconds(10));
    }

    /** The job once it is no longer running. */
    private JsonPath awaitEnd(String job) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonPath state = given().auth().oauth2(tokens.national()).when().get(JOBS + "/" + job)
                    .then().statusCode(200).extract().jsonPath();
            if (!state.getString("state").equals("running")) return state;
            assertTrue(System.nanoTime() < deadline, "still running after " + WAIT + ": " + state.prettify());
            Thread.sleep(500);
        }
    }
}
