package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ReportCellRepository implements PanacheRepositoryBase<ReportCell, ReportCell.Key> {

    public Uni<Long> deleteOf(UUID submissionId) {
        return delete("submissionId", submissionId);
    }
}
