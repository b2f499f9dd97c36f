package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;

/**
 * {@code ./disclosure stuck}: the submissions in progress whose stage has not moved for a while
 * (ingest-service's {@code GET /api/submissions/stuck}), as user {@code national}.
 */
final class StuckCommand {

    int run(List<String> args) {
        if (!NationalApi.positional(args).isEmpty()) {
            throw new UsageException("usage: ./disclosure stuck [--ingest URL] [--realm URL]");
        }
        try {
            List<JsonNode> stuck = NationalApi.items(new NationalApi(args).get("/api/submissions/stuck"));
            if (stuck.isEmpty()) {
                System.out.println("no stuck submissions");
                return 0;
            }
            System.out.printf("%-36s  %-18s %7s  %-24s  %s%n", "submission", "stage", "attempt", "since", "file");
            for (JsonNode submission : stuck) {
                System.out.printf("%-36s  %-18s %7s  %-24s  %s%n",
                        NationalApi.text(submission, "id", "submissionId"),
                        NationalApi.text(submission, "stage"),
                        NationalApi.text(submission, "attempt"),
                        NationalApi.text(submission, "progressedAt", "updatedAt", "since"),
                        NationalApi.text(submission, "fileName"));
            }
            System.out.println(stuck.size() + " stuck submission(s)");
            return 0;
        } catch (NationalApi.ApiException e) {
            System.err.println("stuck: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("stuck: the platform is not reachable (is ./disclosure up running?): "
                    + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }
}
