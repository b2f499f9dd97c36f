package org.disclosure.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.disclosure.contracts.events.Topics;
import org.disclosure.devstack.TestTokens;
import org.disclosure.ingest.RawKafka;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** Supervisors of the national role see what the pipeline could not handle and send it back once fixed. */
@QuarkusTest
class DeadLetterResourceTest {

    private final TestTokens tokens = TestTokens.forRealm(
            ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class));

    @Test
    void aPoisonRecordIsListedWithItsReasonAndReplayedToItsTopic() {
        String marker = UUID.randomUUID().toString();
        UUID submissionId = UUID.randomUUID();
        // readable JSON, but no StatusChanged: a stage nobody knows
        String value = "{\"submissionId\":\"" + submissionId + "\",\"stage\":\"teleported\",\"note\":\"" + marker
                + "\"}";
        RawKafka.send(Topics.STATUS, "dlq-" + marker, value.getBytes(StandardCharsets.UTF_8));

        Map<String, Object> letter = awaitLetter(entry -> String.valueOf(entry.get("valueStart")).contains(marker));
        assertEquals(Topics.deadLetters(Topics.STATUS), letter.get("deadLetterTopic"));
        assertEquals(Topics.STATUS, letter.get("originalTopic"));
        assertEquals("dlq-" + marker, letter.get("key"));
        assertEquals(submissionId.toString(), letter.get("submissionId"));
        assertEquals(value.getBytes(StandardCharsets.UTF_8).length, letter.get("valueSize"));
        assertTrue(String.valueOf(letter.get("reason")).contains("not a readable StatusChanged"),
                String.valueOf(letter.get("reason")));
        assertTrue(letter.get("exceptionClass") != null);
        assertTrue(letter.get("originalOffset") != null && letter.get("deadLetteredAt") != null);
        assertFalse((Boolean) letter.get("replayed"));

        String place = letter.get("deadLetterTopic") + "/" + letter.get("partition") + "/" + letter.get("offset");
        given().auth().oauth2(tokens.national()).when().post("/api/dead-letters/" + place + "/replay")
                .then().statusCode(200)
                .body("replayed", equalTo(true))
                .body("replayedBy", equalTo("national"))
                .body("replays", equalTo(1));

        // listed as replayed, and the record is back on reports.status: still poison, so dead-lettered once more
        Map<String, Object> replayed = awaitLetter(entry -> place.equals(placeOf(entry))
                && Boolean.TRUE.equals(entry.get("replayed")));
        assertTrue(replayed.get("replayedAt") != null);
        Map<String, Object> again = awaitLetter(entry -> String.valueOf(entry.get("valueStart")).contains(marker)
                && !place.equals(placeOf(entry)));
        assertNotEquals(letter.get("originalOffset"), again.get("originalOffset"));
        assertEquals("dlq-" + marker, again.get("key"));
    }

    @Test
    void pagesThroughTheDeadLetters() {
        RawKafka.send(Topics.STATUS, "page", "not json".getBytes(StandardCharsets.UTF_8));
        RawKafka.send(Topics.STATUS, "page", "still not json".getBytes(StandardCharsets.UTF_8));
        StatusCheck.await(() -> total() >= 2, "two dead letters");
        long total = total();
        List<Map<String, Object>> first = page(0, 1);
        List<Map<String, Object>> second = page(1, 1);
        assertEquals(1, first.size());
        assertEquals(1, second.size());
        assertNotEquals(placeOf(first.get(0)), placeOf(second.get(0)));
        assertEquals(0, page(total, 10).size());
        given().auth().oauth2(tokens.national()).when().get("/api/dead-letters?limit=0").then().statusCode(400);
    }

    @Test
    void aLargeRecordIsListedByItsSizeAndItsStart() {
        String marker = "large-" + UUID.randomUUID();
        byte[] value = (marker + " " + "报".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
        RawKafka.send(Topics.STATUS, marker, value);
        Map<String, Object> letter = awaitLetter(entry -> marker.equals(entry.get("key")));
        assertEquals(value.length, letter.get("valueSize"));
        String start = (String) letter.get("valueStart");
        assertEquals(200, start.codePointCount(0, start.length()));
        assertTrue(start.startsWith(marker + " 报报"));
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        given().auth().oauth2(tokens.national()).when()
                .post("/api/dead-letters/" + Topics.deadLetters(Topics.STATUS) + "/0/999999999/replay")
                .then().statusCode(404).body("error", containsString("no dead letter"));
        given().auth().oauth2(tokens.national()).when().post("/api/dead-letters/reports.status/0/0/replay")
                .then().statusCode(404);
    }

    @Test
    void onlyTheNationalRoleSeesAndReplaysDeadLetters() {
        for (String token : List.of(tokens.clerk(), tokens.supervisor(), tokens.pipeline())) {
            given().auth().oauth2(token).when().get("/api/dead-letters").then().statusCode(403);
            given().auth().oauth2(token).when().post("/api/dead-letters/reports.status.dlq/0/0/replay")
                    .then().statusCode(403);
        }
        given().when().get("/api/dead-letters").then().statusCode(401);
    }

    private Map<String, Object> awaitLetter(Predicate<Map<String, Object>> matching) {
        Optional<Map<String, Object>>[] found = new Optional[] {Optional.empty()};
        StatusCheck.await(() -> {
            found[0] = allLetters().stream().filter(matching).findFirst();
            return found[0].isPresent();
        }, "a matching dead letter");
        return found[0].get();
    }

    /** The newest thousand: the topics keep what earlier runs left on the same broker. */
    private List<Map<String, Object>> allLetters() {
        return page(Math.max(0, total() - 1000), 1000);
    }

    private List<Map<String, Object>> page(long skip, int limit) {
        return given().auth().oauth2(tokens.national()).when()
                .get("/api/dead-letters?skip=" + skip + "&limit=" + limit)
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private long total() {
        return given().auth().oauth2(tokens.national()).when().get("/api/dead-letters?limit=1")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String placeOf(Map<String, Object> entry) {
        return entry.get("deadLetterTopic") + "/" + entry.get("partition") + "/" + entry.get("offset");
    }

    /** Polls a condition for up to 30 s. */
    static final class StatusCheck {
        static void await(java.util.function.BooleanSupplier condition, String what) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!condition.getAsBoolean()) {
                if (System.currentTimeMillis() > deadline) throw new AssertionError(what + " not seen within 30 s");
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }
}
