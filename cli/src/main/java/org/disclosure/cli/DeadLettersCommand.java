package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ./disclosure dead-letters}: lists the records the services could not handle and kept in the
 * dead-letter topics ({@code <topic>.dlq}), through ingest-service's {@code GET /api/dead-letters};
 * {@code ./disclosure dead-letters replay TOPIC PARTITION OFFSET} sends one back to its topic
 * ({@code POST /api/dead-letters/{topic}/{partition}/{offset}/replay}). As user {@code national}.
 */
final class DeadLettersCommand {

    int run(List<String> args) {
        List<String> positional = NationalApi.positional(args);
        NationalApi api = new NationalApi(args);
        try {
            if (positional.isEmpty()) return list(api);
            if (positional.get(0).equals("replay") && positional.size() == 4) {
                return replay(api, positional.get(1), positional.get(2), positional.get(3));
            }
            throw new UsageException("usage: ./disclosure dead-letters [replay TOPIC PARTITION OFFSET]"
                    + " [--ingest URL] [--realm URL]");
        } catch (NationalApi.ApiException e) {
            System.err.println("dead-letters: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UsageException usage) throw usage;
            System.err.println("dead-letters: the platform is not reachable (is ./disclosure up running?): "
                    + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static int list(NationalApi api) throws IOException, InterruptedException {
        List<JsonNode> letters = new java.util.ArrayList<>();
        int limit = 100;
        for (long skip = 0; ; skip += limit) {
            JsonNode page = api.get("/api/dead-letters?skip=" + skip + "&limit=" + limit);
            List<JsonNode> items = NationalApi.items(page);
            letters.addAll(items);
            if (page.isArray() || items.size() < limit || skip + limit >= page.path("total").asLong()) break;
        }
        if (letters.isEmpty()) {
            System.out.println("no dead letters");
            return 0;
        }
        String format = "%-24s %4s %7s  %-30s %-36s  %s%n";
        System.out.printf(format, "dead-letter topic", "part", "offset", "from (topic/partition/offset)",
                "submission", "reason");
        for (JsonNode letter : letters) {
            String from = NationalApi.text(letter, "originalTopic");
            if (!from.isEmpty()) {
                from += "/" + NationalApi.text(letter, "originalPartition") + "/"
                        + NationalApi.text(letter, "originalOffset");
            }
            String reason = NationalApi.text(letter, "reason", "cause", "error").replace('\n', ' ');
            if (letter.path("replayed").asBoolean()) reason = "(replayed) " + reason;
            System.out.printf(format,
                    NationalApi.text(letter, "deadLetterTopic", "topic"),
                    NationalApi.text(letter, "partition"),
                    NationalApi.text(letter, "offset"),
                    from,
                    NationalApi.text(letter, "submissionId", "submission"),
                    reason);
        }
        System.out.println(letters.size() + " dead letter(s); send one back to its topic with"
                + " ./disclosure dead-letters replay DEAD-LETTER-TOPIC PARTITION OFFSET");
        return 0;
    }

    private static int replay(NationalApi api, String topic, String partition, String offset)
            throws IOException, InterruptedException {
        if (!partition.matches("\\d+") || !offset.matches("\\d+")) {
            throw new UsageException("dead-letters replay: PARTITION and OFFSET are numbers, got '" + partition
                    + "' and '" + offset + "'");
        }
        JsonNode answer = api.post("/api/dead-letters/" + URLEncoder.encode(topic, StandardCharsets.UTF_8) + "/"
                + partition + "/" + offset + "/replay");
        System.out.println(answer.isNull() || answer.isMissingNode() ? "replayed " + topic + " " + partition + " "
                + offset : answer.toPrettyString());
        return 0;
    }
}
