package org.disclosure.stats.service;

import static org.disclosure.stats.support.TestDatabase.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.disclosure.stats.mapping.TableWriter;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.support.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the report export reads its pages by position (keyset), not by OFFSET, and must still give exactly the
 * list's order across every page boundary — unknown years first, agencies in order with unknown agencies last, an
 * agency's versions newest first and equal submission times by id, one agency name in two counties. The rows are put
 * in with SQL in counties of 呼和浩特 no other test uses, and removed afterwards.
 */
@QuarkusTest
class ExportPagingTest {

    private static final String CITY = "150100";
    /** file name, id, agency (null: unknown), county, year (null: unknown), submitted at (hh:mm), current */
    private static final String[][] ROWS = {
            {"e1", "00000000-0000-0000-0000-000000000010", "C局", "150102", "2078", "10:00", "t"},
            {"d2", "00000000-0000-0000-0000-000000000009", null, "150102", "2079", "09:00", "t"},
            {"c1", "00000000-0000-0000-0000-000000000007", "B局", "150102", "2079", "10:00", "t"},
            {"a3", "00000000-0000-0000-0000-000000000005", "A局", "150102", "2079", "11:00", "f"},
            {"n2", "00000000-0000-0000-0000-000000000002", null, "150102", null, "10:00", "t"},
            {"a1", "00000000-0000-0000-0000-000000000006", "A局", "150102", "2079", "12:00", "t"},
            {"b1", "00000000-0000-0000-0000-000000000003", "A局", "150103", "2079", "09:00", "t"},
            {"a2", "00000000-0000-0000-0000-000000000004", "A局", "150102", "2079", "11:00", "f"},
            {"d1", "00000000-0000-0000-0000-000000000008", null, "150102", "2079", "10:00", "t"},
            {"n1", "00000000-0000-0000-0000-000000000001", "B局", "150102", null, "10:00", "t"}};

    @Inject
    ExportService exports;

    @BeforeAll
    static void store() throws SQLException {
        empty();
        String values = Arrays.stream(ROWS).map(row -> String.format("('%s'::uuid, %s, %s, '%s', '150000', '150100',"
                        + " %s, '%s.pdf', %s, timestamptz '2080-01-01 %s:00+00')", row[1], text(row[2]),
                        row[2] == null ? "null" : text(row[3] + ":" + row[2]), row[3], row[4], row[0],
                        row[6].equals("t"), row[5]))
                .collect(Collectors.joining(", "));
        execute("insert into report (submission_id, agency, agency_key, region_code, province_code, city_code,"
                + " report_year, file_name, is_current, submitted_at, report_json, findings_json, error_count,"
                + " warning_count, info_count, stored_at) select v.*, '{}', '[]', 0, 0, 0, now() from (values "
                + values + ") v");
    }

    @AfterAll
    static void empty() throws SQLException {
        execute("delete from report where region_code in ('150102', '150103')");
    }

    @Test
    void everyVersionInTheListsOrderWhateverThePageSize() throws IOException {
        List<String> expected = List.of("n1", "n2", "a1", "a2", "a3", "b1", "c1", "d1", "d2", "e1");
        assertEquals(expected, listedFiles("&includeSuperseded=true"), "the list's order");
        List<String> ids = ids(expected);
        ReportFilter filter = new ReportFilter(RegionScope.everywhere(), CITY, null, null, null, null, true);
        for (int pageSize = 1; pageSize <= ids.size() + 1; pageSize++) {
            assertEquals(ids, exported(filter, pageSize), "pages of " + pageSize);
        }
        assertEquals(ids, csvIds("&includeSuperseded=true"), "the CSV export through the API");
    }

    @Test
    void currentVersionsInTheListsOrderWhateverThePageSize() throws IOException {
        List<String> expected = List.of("n1", "n2", "a1", "b1", "c1", "d1", "d2", "e1");
        assertEquals(expected, listedFiles(""), "the list's order");
        List<String> ids = ids(expected);
        ReportFilter filter = ReportFilter.current(RegionScope.everywhere(), CITY, null);
        for (int pageSize = 1; pageSize <= ids.size() + 1; pageSize++) {
            assertEquals(ids, exported(filter, pageSize), "pages of " + pageSize);
        }
        ReportFilter year = ReportFilter.current(RegionScope.everywhere(), CITY, 2079);
        assertEquals(ids(List.of("a1", "b1", "c1", "d1", "d2")), exported(year, 2), "one year, pages of 2");
        assertEquals(ids, csvIds(""), "the CSV export through the API");
    }

    /**
     * The list's pages after the first read their ids by themselves, then the rows (a deferred join, V33): at every
     * page size every page is the list's order cut at the same places, superseded versions included or not.
     */
    @Test
    void listPagesCutTheListsOrderAtEveryDepth() {
        for (String parameters : List.of("&includeSuperseded=true", "")) {
            List<String> all = listedFiles(parameters);
            for (int size = 1; size <= all.size() + 1; size++) {
                List<String> paged = new ArrayList<>();
                for (int page = 0; page * size <= all.size(); page++) {
                    List<String> files = listedFiles(parameters + "&size=" + size + "&page=" + page);
                    assertEquals(Math.min(size, Math.max(0, all.size() - page * size)), files.size(),
                            "page " + page + " of " + size + parameters);
                    paged.addAll(files);
                }
                assertEquals(all, paged, "pages of " + size + parameters);
            }
        }
    }

    private List<String> exported(ReportFilter filter, int pageSize) throws IOException {
        CollectingWriter writer = new CollectingWriter();
        int written = exports.writeReports(filter, writer, pageSize);
        assertEquals(writer.ids.size(), written);
        return writer.ids;
    }

    private static List<String> listedFiles(String parameters) {
        String size = parameters.contains("&size=") ? "" : "&size=100";
        return Api.asNational().when().get("/api/reports?region=" + CITY + size + parameters)
                .then().statusCode(200).extract().jsonPath().<String>getList("items.fileName").stream()
                .map(name -> name.replace(".pdf", "")).toList();
    }

    private static List<String> csvIds(String parameters) {
        String csv = new String(Api.asNational().when().get("/api/exports/reports.csv?region=" + CITY + parameters)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        return csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
    }

    private static List<String> ids(List<String> files) {
        Map<String, String> idByFile = Arrays.stream(ROWS).collect(Collectors.toMap(row -> row[0], row -> row[1]));
        return files.stream().map(idByFile::get).toList();
    }

    private static String text(String value) {
        return value == null ? "null" : "'" + value + "'";
    }


    /** The ids of the written rows, in the order written. */
    private static final class CollectingWriter implements TableWriter {

        final List<String> ids = new ArrayList<>();

        @Override
        public void columns(String sheetName, List<String> titles) {
            assertEquals("报告编号", titles.getFirst());
        }

        @Override
        public void rows(List<? extends List<?>> rows) {
            rows.stream().map(List::getFirst).map(String::valueOf).forEach(ids::add);
        }

        @Override
        public void finish() {
        }

        @Override
        public void close() {
        }
    }
}
