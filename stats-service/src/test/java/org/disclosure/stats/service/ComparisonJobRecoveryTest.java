package org.disclosure.stats.service;

import static org.disclosure.stats.support.ComparisonFixture.LATER;
import static org.disclosure.stats.support.ComparisonFixture.LEFT_YEAR;
import static org.disclosure.stats.support.ComparisonFixture.RIGHT_YEAR;
import static org.disclosure.stats.support.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.ComparisonFixture;
import org.junit.jupiter.api.Test;

/**
 * A comparison job left running by an instance that stopped (its row as a killed instance leaves it: running, half
 * done, silent for an hour) is run again to the end by a live instance; a job whose instance is alive (a fresh
 * heartbeat) is left to it. The tests check for abandoned jobs every second ({@code %test.stats.comparison-jobs
 * .check-every}), as a restarted instance does at start-up and then every minute.
 */
@QuarkusTest
class ComparisonJobRecoveryTest {

    private static final UUID ABANDONED = UUID.nameUUIDFromBytes("recovery-test/abandoned".getBytes());
    private static final UUID ALIVE = UUID.nameUUIDFromBytes("recovery-test/alive".getBytes());
    /** 黑龙江, whose 佳木斯 holds the comparison fixture's agency in both years: a region no other job test posts. */
    private static final String PROVINCE = "230000";

    @Test
    void aJobLeftRunningByAStoppedInstanceIsRunAgainAndAnAliveOnesJobIsLeftAlone() throws Exception {
        ComparisonFixture.ensureStored();
        try {
            execute("insert into comparison_job (id, region_code, left_year, right_year, status, total, done,"
                    + " requested_by, requested_at, started_at, heartbeat_at) values"
                    + " ('" + ABANDONED + "', '" + PROVINCE + "', " + LEFT_YEAR + ", " + RIGHT_YEAR + ", 'running', 9,"
                    + " 4, 'national', now() - interval '1 hour', now() - interval '1 hour', now() - interval '1 hour'),"
                    + " ('" + ALIVE + "', '" + PROVINCE + "', " + LEFT_YEAR + ", " + (RIGHT_YEAR + 7) + ", 'running',"
                    + " 9, 4, 'national', now(), now(), now())");

            JsonPath job = awaitDone(ABANDONED);
            assertTrue(job.getList("result.agencies.rightId").contains(LATER.toString()), job.prettify());
            assertEquals(job.getInt("total"), job.getInt("done"), "run to the end");
            assertTrue(Instant.parse(job.getString("startedAt")).isAfter(Instant.now().minus(Duration.ofMinutes(10))),
                    "started again: " + job.getString("startedAt"));

            JsonPath alive = status(ALIVE);
            assertEquals("running", alive.getString("status"), "its instance is alive");
            assertEquals(4, alive.getInt("done"));
        } finally {
            execute("delete from comparison_job where id in ('" + ABANDONED + "', '" + ALIVE + "')");
        }
    }

    private static JsonPath awaitDone(UUID id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = status(id);
            String status = job.getString("status");
            if ("done".equals(status)) return job;
            assertFalse("failed".equals(status), "job failed: " + job.getString("error"));
            if (Instant.now().isAfter(deadline)) throw new AssertionError("job still " + status);
            Thread.sleep(200);
        }
    }

    private static JsonPath status(UUID id) {
        return Api.asNational().when().get("/api/comparison-jobs/" + id).then().statusCode(200).extract().jsonPath();
    }
}
