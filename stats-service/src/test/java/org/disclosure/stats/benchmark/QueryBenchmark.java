package org.disclosure.stats.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.cells.CellDefinition;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.service.RegionDirectory;
import org.disclosure.stats.support.Api;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, queries at volume: fills the devstack database with {@code -Dbenchmark.reports} (100,000) generated
 * current reports — every county of GB/T 2260, three years, a dozen agencies each, all 226 cells of cells.tsv,
 * findings — with bulk SQL into the service's own schema, the sums and counts per region code, city and province
 * and year as the store keeps them, then times every kind of query the issue names over HTTP with a national token
 * ({@value #RUNS} runs after {@value #WARMUP} warm-ups, fewer for the national exports) and prints p50/p95, the first
 * byte's p50/p95 and the CPU time of the JVM and of PostgreSQL per request as one table (also written to
 * {@code target/query-benchmark.md}). Not a test of the default run (the name does not end in Test); run it with
 * {@code ./mvnw -o -pl stats-service -am verify -Dtest=QueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Djazzer.skip=true -Dquarkus.test.hang-detection-timeout=PT60M} (stats-service README, "Benchmark").
 * {@code -Dbenchmark.only=REGEX} times only the queries whose name or path it finds, {@code -Dbenchmark.runs=N}
 * fewer runs, {@code -Dbenchmark.cells=false} fills without the 22.6 million cell rows no timed query reads.
 */
@QuarkusTest
class QueryBenchmark {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final int RUNS = 30;
    private static final int WARMUP = 3;
    private static final int FIRST_YEAR = 2023;
    private static final int YEARS = 3;
    private static final int LAST_YEAR = FIRST_YEAR + YEARS - 1;
    private static final String[] DEPARTMENTS = {"人民政府", "财政局", "教育局", "公安局", "民政局", "自然资源局",
            "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "卫生健康委员会", "市场监督管理局", "审计局"};

    @Inject
    RegionDirectory regions;

    private ProcessCpu cpu;

    @Test
    void queriesAtVolume() throws SQLException, IOException {
        int reports = Integer.getInteger("benchmark.reports", 100_000);
        String loadBefore = loadAverage();
        long fillStarted = System.nanoTime();
        boolean filled = fill(reports, Boolean.parseBoolean(System.getProperty("benchmark.cells", "true")));
        double fillSeconds = (System.nanoTime() - fillStarted) / 1e9;
        cpu = ProcessCpu.ofDevstack();
        Pattern only = Pattern.compile(System.getProperty("benchmark.only", ""));
        int runs = Integer.getInteger("benchmark.runs", RUNS);

        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%d reports (%d years, every county%s), %s in %.0f s; load average"
                        + " (1, 5, 15 min) %s before the fill, %s before the timings%n%n", reports, YEARS,
                Boolean.parseBoolean(System.getProperty("benchmark.cells", "true")) ? "" : ", no cell rows",
                filled ? "filled" : "found filled", fillSeconds, loadBefore, loadAverage()));
        table.append("| query | runs | p50 ms | p95 ms | max ms | first byte p50 / p95 ms | bytes | JVM CPU ms"
                + " | PostgreSQL CPU ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Query query : queries()) {
            if (!only.matcher(query.name() + " " + query.path()).find()) continue;
            int measured = Math.min(runs, query.runs());
            int warmups = query.runs() < RUNS ? 1 : WARMUP;
            table.append(print(time(query, warmups, measured))).append('\n');
        }
        table.append(String.format(Locale.ROOT, "%nload average (1, 5, 15 min) after the timings: %s%n",
                loadAverage()));

        System.out.println("\n=== stats-service query benchmark ===\n" + table);
        Path out = Path.of("target", "query-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table.toString());
        holdForInspection();
    }

    /**
     * A query, and how often to time it: the national exports of many megabytes fewer times. {@code beforeEach}, when
     * not null, is SQL run (untimed) before every request: a store's rewrite of sums rows, so that the request cannot
     * answer from rows computed before (the service keeps computed rows per stored version, IndicatorLineCache); its
     * CPU time is not counted.
     */
    private record Query(String name, String path, int runs, String beforeEach) {

        Query(String name, String path, int runs) {
            this(name, path, runs, null);
        }
    }

    /**
     * Every kind of query issue 16 names: lists, indicators at each level, rankings, trends, compliance, coverage,
     * exports.
     */
    private static List<Query> queries() {
        String province = "230000";
        String city = "230100";
        int year = LAST_YEAR;
        return List.of(
                new Query("report list, national, page 1", "/api/reports?size=50", RUNS),
                new Query("report list, province + year", "/api/reports?region=" + province + "&year=" + year
                        + "&size=50", RUNS),
                new Query("report list, province + year, page 20", "/api/reports?region=" + province + "&year="
                        + year + "&size=50&page=20", RUNS),
                new Query("report list, national year, page 300", "/api/reports?year=" + year + "&size=50&page=300",
                        RUNS),
                new Query("report list, errors only, national year", "/api/reports?year=" + year
                        + "&hasErrors=true&size=50", RUNS),
                new Query("report list, one rule, national year", "/api/reports?year=" + year + "&rule=Q03&size=50",
                        RUNS),
                new Query("report list, agency name, national", "/api/reports?agency=" + encode("财政局")
                        + "&size=50", RUNS),
                new Query("indicators, provinces, national year", "/api/indicators?level=province&year=" + year, RUNS),
                new Query("indicators, cities, national year", "/api/indicators?level=city&year=" + year, RUNS),
                new Query("indicators, counties, national year", "/api/indicators?level=county&year=" + year, RUNS),
                new Query("indicators, counties, national year, one county stored before each", "/api/indicators"
                        + "?level=county&year=" + year, RUNS, "update region_year_report set reports = reports"
                        + " where region_code = '230102' and report_year = " + year),
                new Query("indicators, counties, national year, every county stored before each", "/api/indicators"
                        + "?level=county&year=" + year, RUNS, "update region_year_report set reports = reports"
                        + " where report_year = " + year),
                new Query("indicators, counties of a province", "/api/indicators?level=county&region=" + province
                        + "&year=" + year, RUNS),
                new Query("indicators, agencies of a city", "/api/indicators?level=agency&region=" + city + "&year="
                        + year, RUNS),
                new Query("indicators, agencies of a province", "/api/indicators?level=agency&region=" + province
                        + "&year=" + year, RUNS),
                new Query("indicators, provinces, every year", "/api/indicators?level=province", RUNS),
                new Query("trend, national", "/api/trends?indicator=substantive_disclosure_rate", RUNS),
                new Query("trend, province", "/api/trends?indicator=denial_rate&region=" + province, RUNS),
                new Query("trend, city", "/api/trends?indicator=dispute_rate&region=" + city, RUNS),
                new Query("ranking, provinces, national year", "/api/rankings?indicator=denial_rate&level=province"
                        + "&year=" + year, RUNS),
                new Query("ranking, cities, national year", "/api/rankings?indicator=dispute_rate&level=city&year="
                        + year, RUNS),
                new Query("ranking, counties, national year", "/api/rankings?indicator=denial_rate&level=county&year="
                        + year, RUNS),
                new Query("ranking, counties of a province", "/api/rankings?indicator=denial_rate&level=county&region="
                        + province + "&year=" + year, RUNS),
                new Query("ranking, agencies of a city", "/api/rankings?indicator=substantive_disclosure_rate"
                        + "&level=agency&region=" + city + "&year=" + year, RUNS),
                new Query("findings by rule, national year", "/api/findings/by-rule?year=" + year, RUNS),
                new Query("compliance, national year", "/api/compliance?year=" + year, RUNS),
                new Query("compliance, province + year", "/api/compliance?region=" + province + "&year=" + year, RUNS),
                new Query("compliance, national, every year", "/api/compliance", RUNS),
                new Query("coverage, national year", "/api/coverage?year=" + year, RUNS),
                new Query("coverage, province + year", "/api/coverage?region=" + province + "&year=" + year, RUNS),
                new Query("CSV export, reports of a province-year", "/api/exports/reports.csv?region=" + province
                        + "&year=" + year, RUNS),
                new Query("XLSX export, reports of a province-year", "/api/exports/reports.xlsx?region=" + province
                        + "&year=" + year, 10),
                new Query("CSV export, indicators of counties, national year", "/api/exports/indicators.csv"
                        + "?level=county&year=" + year, RUNS),
                new Query("XLSX export, indicators of counties, national year", "/api/exports/indicators.xlsx"
                        + "?level=county&year=" + year, 10),
                new Query("CSV export, reports of a national year", "/api/exports/reports.csv?year=" + year, 5),
                new Query("CSV export, every report (national, all years)", "/api/exports/reports.csv", 3));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The machine's load average as the kernel reports it: the figures are only comparable at a similar load. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * With {@code -Dbenchmark.hold=MINUTES} the filled database stays up after the timings (its JDBC URL in
     * {@code target/query-benchmark.db}) until the minutes pass or that file is deleted: time for EXPLAIN in psql.
     */
    private static void holdForInspection() throws IOException {
        int minutes = Integer.getInteger("benchmark.hold", 0);
        if (minutes <= 0) return;
        Path marker = Path.of("target", "query-benchmark.db");
        Files.writeString(marker, ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class));
        long until = System.nanoTime() + minutes * 60_000_000_000L;
        System.out.println("benchmark: holding the database for " + minutes + " min; delete " + marker + " to end");
        while (Files.exists(marker) && System.nanoTime() < until) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Each line as soon as it is measured, so that a long run shows its progress. */
    private static String print(String line) {
        System.out.println("benchmark " + line);
        return line;
    }

    /**
     * Wall-clock percentiles of the whole answer and of its first byte (what a user waits for before a download
     * starts), and the CPU time of this JVM and of PostgreSQL per request (mean over the runs).
     */
    private String time(Query query, int warmups, int runs) {
        String name = query.name();
        String path = query.path();
        String token = Api.tokens().national();
        long bytes = 0;
        for (int i = 0; i < warmups; i++) {
            beforeEach(query);
            bytes = get(token, path)[2];
        }
        long[] millis = new long[runs];
        long[] firstByte = new long[runs];
        long jvm = ProcessCpu.jvmNanos();
        long database = cpu.databaseNanos();
        long excludedJvm = 0;
        long excludedDatabase = 0;
        for (int i = 0; i < runs; i++) {
            if (query.beforeEach() != null) {
                // the store's SQL is not the query's work: its CPU (and that of reading it) is left out
                long jvmBefore = ProcessCpu.jvmNanos();
                long databaseBefore = cpu.databaseNanos();
                beforeEach(query);
                excludedDatabase += cpu.databaseNanos() - databaseBefore;
                excludedJvm += ProcessCpu.jvmNanos() - jvmBefore;
            }
            long[] timed = get(token, path);
            millis[i] = timed[0] / 1_000_000;
            firstByte[i] = timed[1] / 1_000_000;
            bytes = timed[2];
        }
        double jvmMillis = (ProcessCpu.jvmNanos() - jvm - excludedJvm) / 1e6 / runs;
        double databaseMillis = (cpu.databaseNanos() - database - excludedDatabase) / 1e6 / runs;
        Arrays.sort(millis);
        Arrays.sort(firstByte);
        return String.format(Locale.ROOT, "| %s `%s` | %d | %d | %d | %d | %d / %d | %d | %.0f | %.0f |", name, path,
                runs, percentile(millis, 50), percentile(millis, 95), millis[runs - 1], percentile(firstByte, 50),
                percentile(firstByte, 95), bytes, jvmMillis, databaseMillis);
    }

    /** The query's SQL before a request, in a connection of its own. */
    private static void beforeEach(Query query) {
        if (query.beforeEach() == null) return;
        try (Connection db = ProcessCpu.connect(); Statement sql = db.createStatement()) {
            sql.execute(query.beforeEach());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A plain HTTP client rather than RestAssured, which pretty-prints every JSON body for the log of a failed check
     * (seconds for the 600 kB tables under load): the figures are the service's, not the client's. The body is read
     * as it arrives and dropped. Returns the nanoseconds to the last byte and to the first, and the body's length.
     */
    private static long[] get(String token, String path) {
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = HTTP.send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                    + RestAssured.port + path)).header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int first = body.read();
                long firstByte = System.nanoTime() - started;
                assertEquals(200, response.statusCode(), path);
                assertTrue(first >= 0, path);
                long bytes = 1 + body.transferTo(OutputStream.nullOutputStream());
                return new long[] {System.nanoTime() - started, firstByte, bytes};
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * Generated reports, their cells and findings, and the sums per region and year, in a few statements. A cell's
     * value is a hash of its report and key (one in 1,024 blank), so a report's indicator inputs and its cell rows
     * agree without reading one to write the other; the sums are added up from the inputs as the store keeps them.
     * Without {@code -Dbenchmark.cells=false} every report also gets its 226 cell rows (22.6 million for 100,000
     * reports: most of the fill's time), which only a report's detail and the comparisons read, no timed query.
     */
    private boolean fill(int reports, boolean cellRows) throws SQLException {
        if (alreadyFilled(reports)) return false;
        List<RegionDirectory.County> counties = regions.countiesIn(RegionScope.everywhere());
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> cities = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        for (RegionDirectory.County county : counties) {
            codes.add(county.code());
            names.add(county.name());
            cities.add(county.cityName() == null ? "" : county.cityName());
            String provinceName = regions.name(county.code().substring(0, 2) + "0000");
            provinces.add(provinceName == null ? "" : provinceName);
        }
        List<String> keys = CellCatalog.standard().all().stream().map(CellDefinition::key).toList();
        // the cells report.indicator_inputs keeps (V31 store_report) and the sums add up (V5/V30)
        List<String> inputKeys = keys.stream().filter(key -> key.matches("apply\\..*\\.total") || key.equals(
                "apply.new.natural") || key.startsWith("review.") || key.startsWith("litigation")).toList();
        String value = "case when (hashtext(%1$s::text || k.key) & 1023) = 0 then null"
                + " else (hashtext(%1$s::text || k.key) & 255)::numeric(20, 4) end";
        try (Connection db = ProcessCpu.connect(); Statement sql = db.createStatement()) {
            sql.execute("create temp table county (n integer, code char(6), name text, city text, province text)");
            try (PreparedStatement counties2 = db.prepareStatement("insert into county select t.n - 1, t.code, t.name,"
                    + " t.city, t.province from unnest(?::text[], ?::text[], ?::text[], ?::text[]) with ordinality"
                    + " as t(code, name, city, province, n)")) {
                counties2.setArray(1, db.createArrayOf("text", codes.toArray()));
                counties2.setArray(2, db.createArrayOf("text", names.toArray()));
                counties2.setArray(3, db.createArrayOf("text", cities.toArray()));
                counties2.setArray(4, db.createArrayOf("text", provinces.toArray()));
                counties2.execute();
            }
            int countyCount = counties.size();
            try (PreparedStatement insert = db.prepareStatement("insert into report (submission_id, agency, agency_key,"
                    + " region_code, province_code, city_code, province, city, county, report_year, format,"
                    + " published_on, file_name, sha256, rule_set_version, report_json, findings_json, error_count,"
                    + " warning_count, info_count, is_current, validated_at, stored_at, submitted_at,"
                    + " indicator_inputs)"
                    + " select s.id, a.agency, c.code || ':' || a.agency, c.code,"
                    + " substr(c.code, 1, 2) || '0000', substr(c.code, 1, 4) || '00', c.province, c.city, c.name,"
                    + " a.year, '2021', make_date(a.year + 1, 1 + g % 3, 10), 'bench-' || g || '.pdf', md5(g::text) ||"
                    + " md5(g::text), 'bench', '{}', '[]', case when g % 7 = 0 then 1 else 0 end,"
                    + " case when g % 5 = 0 then 1 else 0 end, 0, true, now(), now(), now(),"
                    + " (select jsonb_object_agg(k.key, " + String.format(value, "s.id") + ")::text"
                    + " from unnest(?::text[]) k(key))"
                    + " from (select gen_random_uuid() as id, g from generate_series(0, ? - 1) g) s"
                    + " join county c on c.n = s.g % ?"
                    + " cross join lateral (select " + FIRST_YEAR + " + (g / ?) % " + YEARS + " as year,"
                    + " c.name || (?::text[])[1 + (g / ?) % ?] || case when g / ? >= ? then (g / ?)::text else '' end"
                    + " as agency) a")) {
                int perYear = countyCount * YEARS;
                insert.setArray(1, db.createArrayOf("text", inputKeys.toArray()));
                insert.setInt(2, reports);
                insert.setInt(3, countyCount);
                insert.setInt(4, countyCount);
                insert.setArray(5, db.createArrayOf("text", DEPARTMENTS));
                insert.setInt(6, perYear);
                insert.setInt(7, DEPARTMENTS.length);
                insert.setInt(8, perYear);
                insert.setInt(9, DEPARTMENTS.length);
                insert.setInt(10, perYear);
                insert.execute();
            }
            // cells and findings in bulk: without the foreign-key triggers and with the primary key built afterwards
            sql.execute("set session_replication_role = replica");
            if (cellRows) {
                sql.execute("alter table report_cell drop constraint report_cell_pkey");
                try (PreparedStatement cells = db.prepareStatement("insert into report_cell (submission_id, cell_key,"
                        + " cell_value) select r.submission_id, k.key, " + String.format(value, "r.submission_id")
                        + " from report r cross join unnest(?::text[]) k(key)")) {
                    cells.setArray(1, db.createArrayOf("text", keys.toArray()));
                    cells.execute();
                }
                sql.execute("alter table report_cell add primary key (submission_id, cell_key)");
            }
            sql.execute("insert into finding (submission_id, rule, severity, status, message_zh, message_en)"
                    + " select r.submission_id, f.rule, f.severity, case when f.rule = 'Q03' and (hashtext("
                    + "r.submission_id::text) & 15) = 0 then 'not_assessable' else 'violated' end,"
                    + " '生成的问题 ' || f.rule, 'generated finding ' || f.rule"
                    + " from report r cross join (values ('A01', 'error'), ('Q03', 'warning'), ('Y03', 'warning'),"
                    + " ('B02', 'info'), ('X01', 'error')) f(rule, severity)"
                    + " where (hashtext(r.submission_id::text || f.rule) & 7) = 0");
            sql.execute("set session_replication_role = origin");
            sql.execute("delete from region_year_report");
            sql.execute("delete from region_year_cell");
            sql.execute("delete from region_year_rule");
            sql.execute("insert into region_year_report (region_code, report_year, reports, error_free, deadline_late,"
                    + " deadline_unknown, government_reports)"
                    + " select coalesce(r.region_code, ''), coalesce(r.report_year, 0), count(*),"
                    + " count(*) filter (where r.error_count = 0),"
                    + " count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id"
                    + " and f.rule = 'Q03' and f.status = 'violated')),"
                    + " count(*) filter (where exists (select 1 from finding f where f.submission_id = r.submission_id"
                    + " and f.rule = 'Q03' and f.status = 'not_assessable')),"
                    + " count(*) filter (where r.agency like '%人民政府')"
                    + " from report r where r.is_current group by 1, 2");
            sql.execute("insert into region_year_rule (region_code, report_year, rule, severity, reports, findings)"
                    + " select coalesce(r.region_code, ''), coalesce(r.report_year, 0), f.rule, f.severity,"
                    + " count(distinct f.submission_id), count(*) from finding f join report r on r.submission_id"
                    + " = f.submission_id where r.is_current and f.status = 'violated' group by 1, 2, 3, 4");
            sql.execute("insert into region_year_cell (region_code, report_year, cell_key, with_value, total)"
                    + " select coalesce(r.region_code, ''), coalesce(r.report_year, 0), c.key, count(c.value),"
                    + " coalesce(sum(c.value::numeric), 0) from report r"
                    + " cross join jsonb_each_text(r.indicator_inputs::jsonb) c where r.is_current group by 1, 2, 3");
            sql.execute("delete from area_year_report");
            sql.execute("delete from area_year_cell");
            sql.execute("insert into area_year_report (area_level, area_code, report_year, reports)"
                    + " select a.area_level, a.area_code, s.report_year, sum(s.reports)"
                    + " from region_year_report s cross join region_areas(s.region_code) a group by 1, 2, 3");
            sql.execute("insert into area_year_cell (area_level, area_code, report_year, cell_key, with_value, total)"
                    + " select a.area_level, a.area_code, s.report_year, s.cell_key, sum(s.with_value), sum(s.total)"
                    + " from region_year_cell s cross join region_areas(s.region_code) a group by 1, 2, 3, 4");
            sql.execute("update region_year_report s set sums = c.sums from (select region_code, report_year,"
                    + " jsonb_object_agg(cell_key, jsonb_build_array(with_value, total))::text as sums"
                    + " from region_year_cell group by 1, 2) c"
                    + " where s.region_code = c.region_code and s.report_year = c.report_year");
            sql.execute("update area_year_report s set sums = c.sums from (select area_level, area_code, report_year,"
                    + " jsonb_object_agg(cell_key, jsonb_build_array(with_value, total))::text as sums"
                    + " from area_year_cell group by 1, 2, 3) c where s.area_level = c.area_level"
                    + " and s.area_code = c.area_code and s.report_year = c.report_year");
            sql.execute("vacuum analyze");
        }
        return true;
    }

    /**
     * Whether the database already holds this volume of generated reports: a database a run before filled and kept
     * ({@code -Dbenchmark.hold}), which this run was pointed at with {@code -Dquarkus.datasource.jdbc.url} and
     * {@code -Dquarkus.datasource.reactive.url} (system properties outrank the devstack test resource's). Any other
     * content than the generated reports fails the run rather than being timed.
     */
    private static boolean alreadyFilled(int reports) throws SQLException {
        try (Connection db = ProcessCpu.connect(); Statement sql = db.createStatement();
                ResultSet counted = sql.executeQuery("select count(*), count(*) filter (where rule_set_version"
                        + " = 'bench') from report")) {
            counted.next();
            long all = counted.getLong(1);
            long generated = counted.getLong(2);
            if (all == 0) return false;
            assertEquals(reports, generated, "the database holds another volume of generated reports");
            assertEquals(all, generated, "the database holds other reports than the generated ones");
            System.out.println("benchmark: " + generated + " generated reports found, the fill is skipped");
            return true;
        }
    }
}
