package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CorrectionRepository implements PanacheRepositoryBase<Correction, UUID> {

    /** Every correction of the reports read from these submissions (the chains the versions belong to). */
    public Uni<List<Correction>> ofSubmissions(Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) return Uni.createFrom().item(List.of());
        return list("submissionId in ?1", Sort.by("correctedAt"), submissionIds);
    }

    /** The corrections among these version ids (a version that is a correction has the correction's id). */
    public Uni<List<Correction>> withIds(Collection<UUID> ids) {
        if (ids.isEmpty()) return Uni.createFrom().item(List.of());
        return list("id in ?1", ids);
    }

    /** Corrections of this version still on their way through validation, made after {@code since}. */
    public Uni<Long> pendingOn(UUID version, Instant since) {
        return count("correctedVersion = :version and storedAt is null and correctedAt > :since",
                Parameters.with("version", version).and("since", since));
    }

    /** The re-validated version arrived (again, on a re-validation: the first arrival is kept). */
    public Uni<Integer> markStored(UUID id, Instant at) {
        return update("storedAt = :at where id = :id and storedAt is null", Parameters.with("at", at).and("id", id));
    }

    /** Newest first. */
    public Uni<List<Correction>> page(int page, int size) {
        return findAll(Sort.by("correctedAt", Sort.Direction.Descending)).page(Page.of(page, size)).list();
    }
}
