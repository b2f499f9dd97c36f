package org.disclosure.ingest.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.disclosure.contracts.events.Stage;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.repository.SubmissionRepository;

/**
 * Submissions stuck in progress: their stage has not changed for {@code disclosure.ingest.stuck-after}. Counted
 * per stage as the gauge {@code disclosure.submissions.stuck{stage}} (refreshed by the republisher's runs, so
 * that a scrape never queries the database) and listed for supervisors.
 */
@ApplicationScoped
public class StuckSubmissions {

    private final SubmissionService service;
    private final Duration stuckAfter;
    private final Map<Stage, AtomicLong> counts = new EnumMap<>(Stage.class);

    public StuckSubmissions(SubmissionService service, IngestConfig config, MeterRegistry registry) {
        this.service = service;
        this.stuckAfter = config.stuckAfter();
        for (Stage stage : SubmissionRepository.IN_PROGRESS) {
            AtomicLong count = new AtomicLong();
            counts.put(stage, count);
            Gauge.builder("disclosure.submissions.stuck", count, AtomicLong::get).tag("stage", stage.label())
                    .description("Submissions whose stage has not changed for longer than stuck-after")
                    .register(registry);
        }
    }

    /** Counts the stuck submissions again and returns the counts. */
    public Uni<Map<Stage, Long>> refresh() {
        return service.stuckCounts(stuckAfter)
                .invoke(current -> current.forEach((stage, count) -> counts.get(stage).set(count)));
    }

    /** The stuck submissions, longest waiting first. */
    public Uni<List<Submission>> list(int limit) {
        return service.stuck(stuckAfter, limit);
    }
}
