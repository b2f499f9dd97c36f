package org.disclosure.validate.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.repository.StoredReportRepository;

/** The reports validate-service has seen, by agency and year, for the cross-year rules. */
@ApplicationScoped
public class ReportHistory {

    private final StoredReportRepository repository;
    private final StoredReportMapper mapper;

    public ReportHistory(StoredReportRepository repository, StoredReportMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    /** Keeps a parsed report; a redelivered event replaces its earlier copy. */
    @WithTransaction
    public Uni<Void> remember(ReportParsed event) {
        return repository.findById(event.submissionId())
                .flatMap(existing -> existing == null ? Uni.createFrom().voidItem() : repository.delete(existing))
                .flatMap(ignored -> repository.persist(mapper.toEntity(event)))
                .replaceWithVoid();
    }

    /** The latest report of the same agency for the given year, or null. */
    @WithSession
    public Uni<ReportParsed> find(String agencyKey, Integer year) {
        if (agencyKey == null || year == null) return Uni.createFrom().nullItem();
        return repository.latest(agencyKey, year).map(stored -> stored == null ? null : mapper.toEvent(stored));
    }

    /** One page of the history in arrival order, and where the next one starts. */
    public record Page(List<ReportParsed> reports, java.time.Instant lastReceivedAt, java.util.UUID lastId) {
    }

    /** The page after {@code after} (null: the first one); each page is read in its own session. */
    @WithSession
    public Uni<Page> page(Page after, int size) {
        return repository.pageInArrivalOrder(after == null ? null : after.lastReceivedAt(),
                after == null ? null : after.lastId(), size).map(stored -> stored.isEmpty()
                        ? new Page(List.of(), null, null)
                        : new Page(stored.stream().map(mapper::toEvent).toList(), stored.getLast().receivedAt,
                                stored.getLast().submissionId));
    }

    @WithSession
    public Uni<List<ReportParsed>> all() {
        return repository.allInArrivalOrder().map(stored -> stored.stream().map(mapper::toEvent).toList());
    }
}
