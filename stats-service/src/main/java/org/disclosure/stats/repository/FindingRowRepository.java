package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class FindingRowRepository implements PanacheRepository<FindingRow> {

    public Uni<Long> deleteOf(UUID submissionId) {
        return delete("submissionId", submissionId);
    }
}
