package org.disclosure.validate.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The stored reports a parsed event needs, in as few round trips as SQL allows: one statement keeps the report
 * (a redelivered event replaces its copy), one reads the latest version of each of three consecutive years.
 */
@ApplicationScoped
public class StoredReports {

    /*
     * report_json is read as its UTF-8 bytes (bytea, which the client copies as they are) and written from them: the
     * client would otherwise decode 30-60 KB of text into a String per report, which Jackson then reads char by char,
     * and events copy the bytes in without encoding them again.
     */
    static final String COLUMNS = "submission_id, agency_key, report_year, file_name, sha256,"
            + " convert_to(report_json, 'UTF8') as report_json, metadata_json, received_at, attempt";
    private static final String UPSERT = "insert into stored_report (submission_id, agency_key, report_year, file_name,"
            + " sha256, report_json, metadata_json, received_at, attempt)"
            + " values ($1, $2, $3, $4, $5, convert_from($6, 'UTF8'), $7, $8, $9) on conflict (submission_id) do update set"
            + " agency_key = excluded.agency_key, report_year = excluded.report_year, file_name = excluded.file_name,"
            + " sha256 = excluded.sha256, report_json = excluded.report_json, metadata_json = excluded.metadata_json,"
            + " received_at = excluded.received_at, attempt = excluded.attempt";
    // the latest report of year $4 (the one just kept, or a later version) without its JSON: read only when needed
    private static final String LATEST_OF_YEARS = "select distinct on (report_year) " + COLUMNS.replace(
                    "convert_to(report_json, 'UTF8')",
                    "case when report_year = $4 then null else convert_to(report_json, 'UTF8') end")
            + " from stored_report where agency_key = $1 and report_year between $2 and $3"
            + " order by report_year, received_at desc, submission_id desc";
    private static final String ONE = "select " + COLUMNS + " from stored_report where submission_id = $1";

    private final Pool pool;

    public StoredReports(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> upsert(StoredReport report) {
        return pool.preparedQuery(UPSERT).execute(Tuple.tuple(Arrays.asList(report.submissionId, report.agencyKey,
                report.year, report.fileName, report.sha256, Buffer.buffer(report.reportJson), report.metadataJson,
                OffsetDateTime.ofInstant(report.receivedAt, ZoneOffset.UTC), report.attempt))).replaceWithVoid();
    }

    /**
     * The most recently received report of the agency for each year from {@code first} to {@code last}, by year; that
     * of {@code withoutJson} without its JSON ({@code reportJson} null).
     */
    public Uni<Map<Integer, StoredReport>> latestOfYears(String agencyKey, int first, int last, int withoutJson) {
        return pool.preparedQuery(LATEST_OF_YEARS).execute(Tuple.of(agencyKey, first, last, withoutJson))
                .map(StoredReports::byYear);
    }

    /** One stored report, or null. */
    public Uni<StoredReport> find(UUID submissionId) {
        return pool.preparedQuery(ONE).execute(Tuple.of(submissionId))
                .map(rows -> rows.iterator().hasNext() ? read(rows.iterator().next()) : null);
    }

    private static Map<Integer, StoredReport> byYear(RowSet<Row> rows) {
        Map<Integer, StoredReport> reports = new HashMap<>();
        for (Row row : rows) {
            StoredReport report = read(row);
            reports.put(report.year, report);
        }
        return reports;
    }

    static StoredReport read(Row row) {
        StoredReport stored = new StoredReport();
        stored.submissionId = row.getUUID("submission_id");
        stored.agencyKey = row.getString("agency_key");
        stored.year = row.getInteger("report_year");
        stored.fileName = row.getString("file_name");
        stored.sha256 = row.getString("sha256");
        var json = row.getBuffer("report_json");
        stored.reportJson = json == null ? null : json.getBytes();
        stored.metadataJson = row.getString("metadata_json");
        stored.receivedAt = row.getOffsetDateTime("received_at").toInstant();
        stored.attempt = row.getInteger("attempt");
        return stored;
    }
}
