package org.disclosure.stats.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Stores a version of a report in one statement (migration V31, {@code store_report}): under the agency-year's
 * advisory lock it is placed among the versions (current unless another was submitted later; when current, the
 * earlier ones are superseded), its row written or, for a submission stored before, rewritten with its cells and
 * findings anew, and its region code's sums for the year recounted. The partial unique index
 * report_one_current_version is what guarantees one current version; the lock spares the loser a retry.
 *
 * <p>Plain SQL on the reactive pool, not a Hibernate session: the statement is its own transaction, so a store is
 * one round trip instead of begin, statement and commit, without a session's setup and flush (issue 16: Hibernate
 * was a third of the service's CPU under load). The report's JSON goes in as the UTF-8 bytes the event carried.
 */
@ApplicationScoped
public class ReportStore {

    private static final String STORE = "select store_report(cast($1 as uuid), cast($2 as text), cast($3 as text),"
            + " cast($4 as bpchar), cast($5 as bpchar), cast($6 as bpchar), cast($7 as text), cast($8 as text),"
            + " cast($9 as text), cast($10 as integer), cast($11 as text), cast($12 as date), cast($13 as text),"
            + " cast($14 as bpchar), cast($15 as text), convert_from(cast($16 as bytea), 'UTF8'), cast($17 as text),"
            + " cast($18 as integer), cast($19 as integer), cast($20 as integer), cast($21 as timestamptz),"
            + " cast($22 as timestamptz), cast($23 as text), cast($24 as integer))";

    private final Pool pool;

    public ReportStore(Pool pool) {
        this.pool = pool;
    }

    /** Whether the stored version is current. The report's own storedAt and versions' order are the database's. */
    public Uni<Boolean> store(Report report, Map<String, BigDecimal> cells, byte[] reportJson) {
        List<Object[]> cellRows = new ArrayList<>(cells.size());
        cells.forEach((key, value) -> cellRows.add(new Object[] {key, value}));
        Tuple values = Tuple.tuple(Arrays.asList(report.submissionId, report.agency, report.agencyKey,
                report.regionCode, report.provinceCode, report.cityCode, report.province, report.city, report.county,
                report.year, report.format, report.publishedOn, report.fileName, report.sha256,
                report.ruleSetVersion, Buffer.buffer(reportJson), report.findingsJson, report.errorCount,
                report.warningCount, report.infoCount, utc(report.validatedAt), utc(report.submittedAt),
                JsonRows.of(cellRows), report.attempt));
        return pool.preparedQuery(STORE).execute(values)
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
