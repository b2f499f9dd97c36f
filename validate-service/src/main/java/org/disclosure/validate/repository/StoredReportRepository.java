package org.disclosure.validate.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StoredReportRepository implements PanacheRepositoryBase<StoredReport, UUID> {

    /** The most recently received report of an agency for a year: a re-published report replaces the earlier one. */
    public Uni<StoredReport> latest(String agencyKey, int year) {
        return find("agencyKey = ?1 and year = ?2", Sort.descending("receivedAt"), agencyKey, year).firstResult();
    }

    /**
     * Up to {@code size} reports in arrival order after the one that arrived at {@code afterReceivedAt} with id
     * {@code afterId} (both null: from the first), so that going through the whole history holds one page.
     */
    public Uni<List<StoredReport>> pageInArrivalOrder(java.time.Instant afterReceivedAt, UUID afterId, int size) {
        Sort order = Sort.ascending("receivedAt", "submissionId");
        if (afterReceivedAt == null) return findAll(order).page(0, size).list();
        return find("receivedAt > ?1 or (receivedAt = ?1 and submissionId > ?2)", order, afterReceivedAt, afterId)
                .page(0, size).list();
    }

    public Uni<List<StoredReport>> allInArrivalOrder() {
        return listAll(Sort.ascending("receivedAt"));
    }
}
