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

    public Uni<List<StoredReport>> allInArrivalOrder() {
        return listAll(Sort.ascending("receivedAt"));
    }
}
