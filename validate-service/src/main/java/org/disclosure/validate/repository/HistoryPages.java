package org.disclosure.validate.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the whole history a page at a time, keyset-paged so that each page costs one index range scan however far
 * into the history it is. Plain SQL on the reactive pool, not entities: a page is read once, never changed, and
 * must not sit in a persistence context.
 */
@ApplicationScoped
public class HistoryPages {

    private static final String COLUMNS = StoredReports.COLUMNS;
    private static final String FIRST_AGENCIES = "select " + COLUMNS + " from stored_report"
            + " where agency_key is not null order by agency_key, report_year, received_at, submission_id limit $1";
    private static final String AGENCIES_AFTER = "select " + COLUMNS + " from stored_report"
            + " where agency_key > $1 order by agency_key, report_year, received_at, submission_id limit $2";
    private static final String ONE_AGENCY = "select " + COLUMNS + " from stored_report"
            + " where agency_key = $1 order by report_year, received_at, submission_id";
    private static final String FIRST_UNKEYED = "select " + COLUMNS + " from stored_report"
            + " where agency_key is null order by submission_id limit $1";
    private static final String UNKEYED_AFTER = "select " + COLUMNS + " from stored_report"
            + " where agency_key is null and submission_id > $1 order by submission_id limit $2";

    private final Pool pool;

    public HistoryPages(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code limit} reports of the agencies after {@code afterAgency} (null: from the first), by agency and year. */
    public Uni<List<StoredReport>> agenciesAfter(String afterAgency, int limit) {
        return afterAgency == null ? query(FIRST_AGENCIES, Tuple.of(limit))
                : query(AGENCIES_AFTER, Tuple.of(afterAgency, limit));
    }

    /** Every report of one agency, by year and arrival. */
    public Uni<List<StoredReport>> agency(String agencyKey) {
        return query(ONE_AGENCY, Tuple.of(agencyKey));
    }

    /** Up to {@code limit} reports without an agency (no cross-year history), after {@code afterId} (null: first). */
    public Uni<List<StoredReport>> unkeyedAfter(UUID afterId, int limit) {
        return afterId == null ? query(FIRST_UNKEYED, Tuple.of(limit))
                : query(UNKEYED_AFTER, Tuple.of(afterId, limit));
    }

    private Uni<List<StoredReport>> query(String sql, Tuple arguments) {
        return pool.preparedQuery(sql).execute(arguments).map(rows -> {
            List<StoredReport> reports = new ArrayList<>(rows.size());
            for (Row row : rows) reports.add(StoredReports.read(row));
            return reports;
        });
    }
}
