package org.disclosure.stats.rest;

import static org.disclosure.stats.support.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.disclosure.stats.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: a national export of 100,000 reports streams through the service page by page. The rows are put into
 * the database with one SQL statement (the store path would take minutes) in a year no other test uses, and
 * removed afterwards. XlsxWriterTest shows the workbook's memory bound at the same size; this shows the paging
 * end to end.
 */
@QuarkusTest
class LargeExportTest {

    private static final int YEAR = 2077;
    private static final int REPORTS = 100_000;

    @BeforeAll
    static void fill() throws SQLException {
        execute("insert into report (submission_id, agency, agency_key, region_code, province_code, city_code,"
                + " province, city, county, report_year, format, file_name, report_json, findings_json, error_count,"
                + " warning_count, info_count, is_current, stored_at, submitted_at)"
                + " select gen_random_uuid(), '批量机关' || g, '230102:批量机关' || g, '230102', '230000', '230100',"
                + " '黑龙江省', '哈尔滨市', '道里区', " + YEAR + ", '2021', 'bulk-' || g || '.txt', '{}', '[]', g % 2, 0, 0,"
                + " true, now(), now() from generate_series(1, " + REPORTS + ") g");
    }

    @AfterAll
    static void empty() throws SQLException {
        execute("delete from report where report_year = " + YEAR);
    }

    @Test
    void aHundredThousandReportsAsCsv() {
        byte[] csv = Api.asNational().when().get("/api/exports/reports.csv?year=" + YEAR)
                .then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals(1 + REPORTS, text.lines().count(), "the title and every report");
        assertTrue(text.contains(",批量机关100000,230102,"));
    }
}
