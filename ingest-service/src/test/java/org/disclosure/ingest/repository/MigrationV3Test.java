package org.disclosure.ingest.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * V3 on the data a database holds before it: passes numbered from the history, duplicate steps removed (the
 * earliest kept), announcements and progress backfilled. Run on V1 and V2 in a scratch schema of the test
 * database, since the service's own schema is migrated already.
 */
@QuarkusTest
class MigrationV3Test {

    private static final UUID RETRIED = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID WAITING = UUID.fromString("00000000-0000-0000-0000-000000000002");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void numbersPassesAndKeepsTheEarliestOfEachStep() throws Exception {
        String schema = "v3check_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            try {
                sql.execute("create schema " + schema);
                sql.execute("set search_path to " + schema);
                sql.execute(migration("V1__submissions.sql"));
                sql.execute(migration("V2__checked_region.sql"));
                sql.execute(submission(RETRIED, "STORED", "2024-01-01 10:00:00+00"));
                sql.execute(submission(WAITING, "RECEIVED", "2024-01-01 11:00:00+00"));
                // failed, its failure delivered twice, sent again, then stored on the second pass
                sql.execute(step(RETRIED, "RECEIVED", "ingest-service", "2024-01-01 10:00:00+00"));
                sql.execute(step(RETRIED, "PARSE_FAILED", "parse-service", "2024-01-01 10:01:00+00"));
                sql.execute(step(RETRIED, "PARSE_FAILED", "parse-service", "2024-01-01 10:01:00+00"));
                sql.execute(step(RETRIED, "RECEIVED", "ingest-service", "2024-01-01 10:05:00+00"));
                sql.execute(step(RETRIED, "PARSED", "parse-service", "2024-01-01 10:06:00+00"));
                sql.execute(step(RETRIED, "PARSED", "parse-service", "2024-01-01 10:06:30+00"));
                sql.execute(step(RETRIED, "STORED", "stats-service", "2024-01-01 10:07:00+00"));
                sql.execute(step(WAITING, "RECEIVED", "ingest-service", "2024-01-01 11:00:00+00"));

                sql.execute(migration("V3__attempts_announcements_text.sql"));

                assertEquals(List.of("RECEIVED 1 1", "PARSE_FAILED 1 2", "RECEIVED 2 4", "PARSED 2 5", "STORED 2 7"),
                        rows(sql, "select stage || ' ' || attempt || ' ' || id from status_entry where submission_id = '"
                                + RETRIED + "' order by id"));
                assertEquals(List.of("2 true true"), rows(sql, "select attempt || ' ' || (announced_at = submitted_at)"
                        + " || ' ' || (progressed_at = updated_at) from submission where id = '" + RETRIED + "'"));
                assertEquals(List.of("1 null"), rows(sql, "select attempt || ' ' || coalesce(announced_at::text, 'null')"
                        + " from submission where id = '" + WAITING + "'"));
                assertEquals(List.of("text"), rows(sql, "select data_type from information_schema.columns where "
                        + "table_schema = '" + schema + "' and table_name = 'submission' and column_name = 'agency'"));
                // the unique index holds from now on
                assertEquals("23505", sqlState(sql, stepOfAttempt(RETRIED, "STORED", 2)));
                assertNull(sqlState(sql, stepOfAttempt(RETRIED, "STORED", 3)));
            } finally {
                sql.execute("set search_path to public");
                sql.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private static String submission(UUID id, String stage, String at) {
        return "insert into submission (id, file_name, size, sha256, stage, submitted_at, updated_at) values ('" + id
                + "', 'a.txt', 1, '" + id.toString().replace("-", "") + "0".repeat(32) + "', '" + stage + "', '" + at
                + "', '" + at + "')";
    }

    private static String step(UUID id, String stage, String service, String at) {
        return "insert into status_entry (submission_id, stage, service, occurred_at) values ('" + id + "', '" + stage
                + "', '" + service + "', '" + at + "')";
    }

    private static String stepOfAttempt(UUID id, String stage, int attempt) {
        return "insert into status_entry (submission_id, stage, service, occurred_at, attempt) values ('" + id + "', '"
                + stage + "', 'stats-service', now(), " + attempt + ")";
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) rows.add(result.getString(1));
        }
        return rows;
    }

    private static String sqlState(Statement sql, String statement) {
        try {
            sql.execute(statement);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static String migration(String name) throws IOException {
        try (InputStream in = MigrationV3Test.class.getResourceAsStream("/db/migration/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
