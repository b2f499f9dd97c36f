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

    /**
     * Each step once per pass, whatever the redeliveries: the unique index decides, so that two consumers
     * recording the same step at once cannot both insert it (a check before the insert could not tell).
     */
    private static final String RECORD = """
            insert into status_entry (submission_id, stage, service, reason, occurred_at, attempt)
            values (:submissionId, :stage, :service, :reason, :at, :attempt)
            on conflict (submission_id, stage, attempt) do nothing""";

    /** Records a step unless the same step of the same pass is recorded already; true when it was new. */
    public Uni<Boolean> record(UUID submissionId, Stage stage, String service, String reason, Instant at,
            int attempt) {
        return getSession().flatMap(session -> session.createNativeQuery(RECORD)
                        .setParameter("submissionId", submissionId)
                        .setParameter("stage", stage.name())
                        .setParameter("service", service)
                        .setParameter("reason", reason)
                        .setParameter("at", at)
                        .setParameter("attempt", attempt)
                        .executeUpdate())
                .map(inserted -> inserted > 0);
    }

    public Uni<List<StatusEntry>> historyOf(UUID submissionId) {
        return list("submissionId = ?1 order by at, id", submissionId);
    }
}
