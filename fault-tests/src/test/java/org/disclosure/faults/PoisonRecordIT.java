package org.disclosure.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * Poison records on every consumed topic — garbage bytes, {@code {}}, an event with an unknown submission id,
 * one with a 400-character agency — sent between valid reports: each ends in a dead-letter topic (listed by
 * {@code GET /api/dead-letters}, by its original topic, partition and offset or by its submission id) and the
 * valid reports are all stored.
 */
class PoisonRecordIT {

    private static final Duration DEAD_LETTER_TIMEOUT = Duration.ofMinutes(2);

    /** A poison record as sent. {@code submissionId} is set for the well-formed ones. */
    record Poison(String kind, KafkaTool.Sent sent, String submissionId) {
    }

    @Test
    void poisonRecordsAreDeadLetteredAndTheValidOnesFlow() throws Exception {
        Scenario.run("poison records", "16 poison records on the 4 consumed topics between 30 uploads", s -> {
            List<Poison> poison = new ArrayList<>();
            try (KafkaTool kafka = new KafkaTool(s.platform.devstack().kafkaBootstrapServers())) {
                s.faultBegins();
                for (String topic : Topics.CONSUMED) {
                    poison.add(new Poison("garbage bytes", kafka.send(topic, key(), garbage()), null));
                    poison.add(new Poison("{}", kafka.send(topic, key(), "{}".getBytes(StandardCharsets.UTF_8)),
                            null));
                }
                Feed feed = s.feed(s.reports());
                feed.awaitAccepted(1, Duration.ofMinutes(2));
                // the real events of the first upload are the templates of well-formed poison
                List<Feed.Submitted> first = List.of(feed.submitted(0));
                s.pipeline.awaitStored(first, Scenario.STORE_TIMEOUT);
                Set<String> firstId = Set.of(first.get(0).id());
                for (String topic : Topics.CONSUMED) {
                    ConsumerRecord<byte[], byte[]> template = kafka.recordsOf(topic, firstId).get(0);
                    UUID ghost = UUID.randomUUID();
                    poison.add(new Poison("unknown submission id", kafka.send(topic, template.key(),
                            mutate(template.value(), ghost, null), template.headers()), ghost.toString()));
                    UUID longOne = UUID.randomUUID();
                    poison.add(new Poison("400-character agency", kafka.send(topic, template.key(),
                            mutate(template.value(), longOne, "机关".repeat(200)), template.headers()),
                            longOne.toString()));
                }
                s.faultEnds();
                s.log(poison.size() + " poison records sent: " + poison);
                s.awaitStoredAndCheck(feed);
            }
            awaitDeadLettered(s, poison);
        });
    }

    private static void awaitDeadLettered(Scenario s, List<Poison> poison) throws Exception {
        Instant deadline = Instant.now().plus(DEAD_LETTER_TIMEOUT);
        List<Poison> missing = poison;
        List<JsonNode> letters = List.of();
        while (Instant.now().isBefore(deadline)) {
            letters = deadLetters(s.pipeline);
            List<JsonNode> known = letters;
            missing = poison.stream().filter(p -> known.stream().noneMatch(d -> matches(d, p))).toList();
            if (missing.isEmpty()) {
                s.log("every poison record is in a dead-letter topic (" + letters.size() + " dead letters listed)");
                return;
            }
            Thread.sleep(500);
        }
        StringBuilder message = new StringBuilder(missing.size() + " of " + poison.size()
                + " poison records are not listed by GET /api/dead-letters after "
                + DEAD_LETTER_TIMEOUT.toSeconds() + " s:");
        missing.forEach(p -> message.append("\n  ").append(p));
        message.append("\nlisted (").append(letters.size()).append("):");
        letters.forEach(d -> message.append("\n  ").append(d.path("deadLetterTopic").asText()).append(' ')
                .append(d.path("originalTopic").asText()).append('/').append(d.path("originalPartition").asText())
                .append('/').append(d.path("originalOffset").asText()).append(" submission ")
                .append(d.path("submissionId").asText()).append(": ").append(d.path("reason").asText()));
        throw new AssertionError(message.toString());
    }

    /** Every dead letter, page by page. */
    static List<JsonNode> deadLetters(Pipeline pipeline) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        int limit = 100;
        for (long skip = 0; ; skip += limit) {
            JsonNode page = pipeline.ingestGet("/api/dead-letters?skip=" + skip + "&limit=" + limit);
            JsonNode items = page.isArray() ? page : page.path("items");
            items.forEach(all::add);
            if (page.isArray() || items.size() < limit || skip + limit >= page.path("total").asLong()) return all;
        }
    }

    /** The dead letter is this poison record: same original topic, partition and offset, or same submission. */
    static boolean matches(JsonNode letter, Poison p) {
        boolean sameRecord = p.sent().topic().equals(letter.path("originalTopic").asText())
                && p.sent().partition() == letter.path("originalPartition").asInt(-1)
                && p.sent().offset() == letter.path("originalOffset").asLong(-1);
        boolean sameSubmission = p.submissionId() != null
                && p.submissionId().equals(letter.path("submissionId").asText());
        return sameRecord || sameSubmission;
    }

    private static byte[] key() {
        return ("poison-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[64];
        new Random().nextBytes(bytes);
        bytes[0] = (byte) 0xC3; // never valid UTF-8 JSON
        bytes[1] = (byte) 0x28;
        return bytes;
    }

    /**
     * The event with another submission id — everywhere the original one appears, so also in the claim check's
     * {@code contentUrl} — and the agency set everywhere it appears (if given).
     */
    private static byte[] mutate(byte[] value, UUID submissionId, String agency) throws Exception {
        String original = KafkaTool.submissionId(value);
        String text = new String(value, StandardCharsets.UTF_8).replace(original, submissionId.toString());
        ObjectNode event = (ObjectNode) CanonicalJson.mapper().readTree(text);
        event.put("submissionId", submissionId.toString());
        if (agency != null && setAgency(event, agency) == 0) {
            // an event without an agency field of its own: the metadata's (reports.submitted) or a top-level one
            if (event.get("metadata") instanceof ObjectNode metadata) metadata.put("agency", agency);
            else if (event.has("metadata")) event.putObject("metadata").put("agency", agency);
            else event.put("agency", agency);
        }
        return CanonicalJson.mapper().writeValueAsBytes(event);
    }

    private static int setAgency(JsonNode node, String agency) {
        int set = 0;
        if (node instanceof ObjectNode object) {
            if (object.has("agency")) {
                object.put("agency", agency);
                set++;
            }
            for (var field : object.properties()) set += setAgency(field.getValue(), agency);
        } else if (node.isArray()) {
            for (JsonNode child : node) set += setAgency(child, agency);
        }
        return set;
    }
}
