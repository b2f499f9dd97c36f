package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

@ApplicationScoped
public class StatusEntryRepository implements PanacheRepository<StatusEntry> {

    /** Whether this very step is recorded already: Kafka may deliver a status message twice. */
    public Uni<Boolean> contains(UUID submissionId, Stage stage, String service, Instant at) {
        return count("submissionId = ?1 and stage = ?2 and service = ?3 and at = ?4", submissionId, stage, service, at)
                .map(count -> count > 0);
    }

    public Uni<List<StatusEntry>> historyOf(UUID submissionId) {
        return list("submissionId = ?1 order by at, id", submissionId);
    }
}
