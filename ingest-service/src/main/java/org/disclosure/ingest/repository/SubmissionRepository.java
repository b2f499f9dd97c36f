package org.disclosure.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.panache.common.Sort;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    public Uni<Submission> findBySha256(String sha256) {
        return find("sha256", sha256).firstResult();
    }

    /** Submissions still waiting for parse-service that nobody has touched since the given moment. */
    public Uni<List<Submission>> receivedBefore(Instant moment, int limit) {
        return find("stage = ?1 and updatedAt < ?2", Sort.ascending("updatedAt"), Stage.RECEIVED, moment)
                .page(0, limit).list();
    }
}
