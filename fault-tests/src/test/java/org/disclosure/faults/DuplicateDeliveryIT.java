package org.disclosure.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * Every event delivered twice: once the 30 reports are stored, their events on reports.parsed,
 * reports.validated and reports.status are read back and sent again (in reverse order, so that old versions of
 * an agency's report arrive after newer ones), then a {@code store_failed} status of the submission's current
 * attempt arrives after {@code stored}. Each submission stays stored, each stage once per attempt, stats keeps
 * one row each and the last submitted version stays current.
 */
class DuplicateDeliveryIT {

    @Test
    void everyEventTwiceAndALateFailure() throws Exception {
        Scenario.run("duplicates + late failure", "parsed/validated/status events re-sent, store_failed after stored",
                s -> {
            Feed feed = s.feed(s.reports());
            Pipeline.Stored first = s.awaitStoredAndCheck(feed);
            List<Feed.Submitted> submissions = feed.awaitAll(Duration.ofSeconds(5));
            Set<String> ids = Pipeline.ids(submissions);
            try (KafkaTool kafka = new KafkaTool(s.platform.devstack().kafkaBootstrapServers())) {
                s.faultBegins();
                int resent = 0;
                for (String topic : List.of(Topics.PARSED, Topics.VALIDATED, Topics.STATUS)) {
                    List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>(kafka.recordsOf(topic, ids));
                    assertTrue(records.size() >= ids.size(), topic + " holds " + records.size()
                            + " events of the " + ids.size() + " submissions");
                    Collections.reverse(records);
                    for (ConsumerRecord<byte[], byte[]> record : records) {
                        kafka.send(topic, record.key(), record.value(), record.headers());
                        resent++;
                    }
                }
                List<ConsumerRecord<byte[], byte[]>> statuses = kafka.recordsOf(Topics.STATUS, ids);
                for (Feed.Submitted submission : submissions) {
                    JsonNode status = first.statuses().get(submission.id());
                    ConsumerRecord<byte[], byte[]> template = statuses.stream()
                            .filter(r -> submission.id().equals(KafkaTool.submissionId(r.value()))).findFirst()
                            .orElseThrow();
                    ObjectNode failed = (ObjectNode) CanonicalJson.mapper().readTree(template.value());
                    failed.put("stage", "store_failed");
                    failed.put("service", "stats-service");
                    failed.put("reason", "fault-tests: a late failure after the report was stored");
                    failed.put("at", Instant.now().toString());
                    failed.put("attempt", status.path("attempt").asInt(1));
                    kafka.send(Topics.STATUS, template.key(), CanonicalJson.mapper().writeValueAsBytes(failed),
                            template.headers());
                    resent++;
                }
                s.faultEnds();
                s.log(resent + " events sent again");
                kafka.awaitNoLag(Duration.ofMinutes(3));
                s.storedAt(Instant.now());
                s.log("every consumer group caught up");
            }
            Map<String, JsonNode> after = s.pipeline.statuses(submissions);
            after.forEach((id, status) -> assertEquals("stored", status.path("stage").asText(),
                    id + " after the duplicates and the late failure: " + status));
            s.pipeline.assertInvariants(submissions, after);
        });
    }
}
