package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StatusEntryRepository implements PanacheRepository<StatusEntry> {

    public Uni<List<StatusEntry>> historyOf(UUID submissionId) {
        return list("submissionId = ?1 order by at, id", submissionId);
    }
}
