package org.disclosure.validate.history;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.repository.StoredReport;

/** Writes generated reports straight into validate's stored_report table, in batches (test data only). */
public final class HistoryTable implements AutoCloseable {

    private static final String INSERT = "insert into stored_report (submission_id, agency_key, report_year, file_name,"
            + " sha256, report_json, metadata_json, received_at, attempt) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final StoredReportMapper mapper = new StoredReportMapper();

    public HistoryTable(String jdbcUrl, String user, String password) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", user, password);
        connection.setAutoCommit(false);
    }

    public void insert(List<ReportParsed> reports) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (ReportParsed report : reports) {
                StoredReport row = mapper.toEntity(report);
                insert.setObject(1, row.submissionId);
                insert.setString(2, row.agencyKey);
                if (row.year == null) insert.setNull(3, Types.INTEGER);
                else insert.setInt(3, row.year);
                insert.setString(4, row.fileName);
                insert.setString(5, row.sha256);
                insert.setString(6, new String(row.reportJson, StandardCharsets.UTF_8));
                insert.setString(7, row.metadataJson);
                insert.setObject(8, OffsetDateTime.ofInstant(row.receivedAt, ZoneOffset.UTC));
                insert.setInt(9, row.attempt);
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        }
    }

    /**
     * Adds {@code count} copies of the reports already stored, each under an agency of its own (the key suffixed with
     * the copy's number) and a new submission id: the same work for a re-validation as as many generated reports,
     * without generating and sending each one (100,000 of 30–60 KB each took 10 minutes). Returns the number added.
     */
    public int copyAgencies(int count) throws SQLException {
        int added = 0;
        try (var statement = connection.createStatement()) {
            for (int copy = 1; added < count; copy++) {
                added += statement.executeUpdate("insert into stored_report (submission_id, agency_key, report_year,"
                        + " file_name, sha256, report_json, metadata_json, received_at, attempt)"
                        + " select gen_random_uuid(), agency_key || '#" + copy + "', report_year, file_name, sha256,"
                        + " report_json, metadata_json, received_at, attempt from stored_report"
                        + " where agency_key not like '%#%' or agency_key is null order by agency_key limit " + (count - added));
                connection.commit();
            }
        }
        return added;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
