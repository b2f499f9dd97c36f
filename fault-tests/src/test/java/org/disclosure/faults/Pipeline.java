package org.disclosure.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.disclosure.cli.Platform;
import org.disclosure.contracts.CanonicalJson;

/** What the suite reads from the running platform: statuses from ingest, rows from stats' database, health. */
public final class Pipeline {

    static final List<String> STAGES = List.of("received", "parsed", "validated", "stored");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final Platform platform;
    private final String token;

    public Pipeline(Platform platform, String nationalToken) {
        this.platform = platform;
        this.token = nationalToken;
    }

    /** The submission's status from ingest ({@code GET /api/submissions/{id}}), or null if ingest cannot say now. */
    JsonNode status(String id) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(platform.ingestUrl() + "/api/submissions/" + id))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? CanonicalJson.mapper().readTree(response.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A national GET on ingest-service; the parsed answer, or an AssertionError naming status and body. */
    JsonNode ingestGet(String path) throws IOException, InterruptedException {
        return get(platform.ingestUrl(), path);
    }

    /** A national GET on stats-service; the parsed answer, or an AssertionError naming status and body. */
    public JsonNode statsGet(String path) throws IOException, InterruptedException {
        return get(platform.statsUrl(), path);
    }

    private JsonNode get(String service, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(service + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return CanonicalJson.mapper().readTree(response.body());
    }

    /** When each submission was first seen stored, and its status then. */
    public record Stored(Map<String, JsonNode> statuses, Map<String, Instant> storedAt) {
        Instant last() {
            return storedAt.values().stream().max(Instant::compareTo).orElseThrow();
        }
    }

    /**
     * Polls ingest every 500 ms until every submission is {@code stored}; fails after the timeout naming those
     * that are not, with their histories — or sooner, when every one not stored has been failed for 20 s (a
     * failure is final unless the submission is sent again, which no scenario does).
     */
    public Stored awaitStored(List<Feed.Submitted> submissions, Duration timeout) throws InterruptedException {
        Map<String, JsonNode> statuses = new LinkedHashMap<>();
        Map<String, Instant> storedAt = new HashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        submissions.forEach(s -> names.put(s.id(), s.report().name()));
        Instant deadline = Instant.now().plus(timeout);
        Instant allFailedSince = null;
        while (true) {
            boolean allFailed = true;
            for (String id : names.keySet()) {
                if (storedAt.containsKey(id)) continue;
                JsonNode status = status(id);
                if (status == null) {
                    allFailed = false;
                    continue;
                }
                statuses.put(id, status);
                if ("stored".equals(status.path("stage").asText())) storedAt.put(id, Instant.now());
                else allFailed &= status.path("failed").asBoolean();
            }
            if (storedAt.size() == names.size()) return new Stored(statuses, storedAt);
            allFailedSince = allFailed ? (allFailedSince == null ? Instant.now() : allFailedSince) : null;
            boolean givenUp = allFailedSince != null && Instant.now().isAfter(allFailedSince.plusSeconds(20));
            if (givenUp || Instant.now().isAfter(deadline)) {
                StringBuilder message = new StringBuilder((names.size() - storedAt.size()) + " of " + names.size()
                        + " submissions were not stored " + (givenUp ? "(they failed)" : "within "
                        + timeout.toSeconds() + " s") + " (logs: " + platform.logDir() + "):");
                names.forEach((id, name) -> {
                    if (!storedAt.containsKey(id)) {
                        JsonNode status = statuses.get(id);
                        message.append("\n  ").append(id).append(" (").append(name).append("): ")
                                .append(status == null ? "no status (ingest did not answer)"
                                        : "stage " + status.path("stage").asText() + ", attempt "
                                        + status.path("attempt").asText() + ", reason "
                                        + status.path("reason").asText("-") + ", history "
                                        + status.path("history"));
                    }
                });
                throw new AssertionError(message.toString());
            }
            Thread.sleep(500);
        }
    }

    /**
     * Every status is stored and its history has each stage at most once per attempt, and stored exactly once;
     * returns the violations (empty when all is well).
     */
    static List<String> historyViolations(Map<String, JsonNode> statuses) {
        List<String> violations = new ArrayList<>();
        statuses.forEach((id, status) -> {
            if (!"stored".equals(status.path("stage").asText())) {
                violations.add(id + " is " + status.path("stage").asText() + ", not stored: " + status);
            }
            Map<String, Integer> counts = new TreeMap<>();
            int stored = 0;
            for (JsonNode step : status.path("history")) {
                String stage = step.path("stage").asText();
                if (stage.equals("stored")) stored++;
                if (STAGES.contains(stage)) {
                    counts.merge(stage + " (attempt " + step.path("attempt").asText("?") + ")", 1, Integer::sum);
                }
            }
            counts.forEach((stage, count) -> {
                if (count > 1) violations.add(id + ": " + stage + " appears " + count + " times in its history "
                        + status.path("history"));
            });
            if (stored != 1) {
                violations.add(id + ": stored appears " + stored + " times in its history " + status.path("history"));
            }
        });
        return violations;
    }

    /** A fresh status of every submission, read again now (after duplicates or late events arrived). */
    Map<String, JsonNode> statuses(List<Feed.Submitted> submissions) {
        Map<String, JsonNode> statuses = new LinkedHashMap<>();
        for (Feed.Submitted s : submissions) {
            JsonNode status = status(s.id());
            if (status == null) throw new AssertionError("ingest-service gives no status for " + s.id());
            statuses.put(s.id(), status);
        }
        return statuses;
    }

    // ---------------------------------------------------------------- stats' database

    Connection stats() throws SQLException {
        var devstack = platform.devstack();
        return DriverManager.getConnection(devstack.postgresJdbcUrl("stats"), devstack.postgresUser(),
                devstack.postgresPassword());
    }

    /** How many rows stats-service holds for the submissions. */
    int statsRows(List<Feed.Submitted> submissions) throws SQLException {
        try (Connection c = stats(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from report where submission_id = any(?)")) {
            ps.setArray(1, uuids(c, submissions));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Agency-years with more than one current version (should be none). */
    List<String> agencyYearsWithSeveralCurrentVersions() throws SQLException {
        return rows("select agency_key, report_year, count(*) from report where is_current group by 1, 2"
                + " having count(*) > 1");
    }

    /** Agency-years with versions but no current one (should be none). */
    List<String> agencyYearsWithoutCurrentVersion() throws SQLException {
        return rows("select agency_key, report_year, count(*) from report group by 1, 2"
                + " having count(*) filter (where is_current) = 0");
    }

    /** Current versions that are not the one submitted last (should be none). */
    List<String> currentVersionsNotSubmittedLast() throws SQLException {
        return rows("select r.agency_key, r.report_year, r.submission_id, r.submitted_at from report r"
                + " where r.is_current and r.submitted_at < (select max(o.submitted_at) from report o"
                + " where o.agency_key = r.agency_key and o.report_year = r.report_year)");
    }

    /** The current version of the agency-year the submission belongs to, per stats' database. */
    String currentVersionOfAgencyYearOf(String submissionId) throws SQLException {
        try (Connection c = stats(); PreparedStatement ps = c.prepareStatement(
                "select cur.submission_id from report r join report cur on cur.agency_key = r.agency_key"
                        + " and cur.report_year = r.report_year and cur.is_current where r.submission_id = ?")) {
            ps.setObject(1, UUID.fromString(submissionId));
            try (ResultSet rs = ps.executeQuery()) {
                List<String> current = new ArrayList<>();
                while (rs.next()) current.add(rs.getString(1));
                return current.size() == 1 ? current.get(0) : current.toString();
            }
        }
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = stats(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) row.add(rs.getString(i));
                rows.add(String.join(" | ", row));
            }
            return rows;
        }
    }

    private static Array uuids(Connection c, List<Feed.Submitted> submissions) throws SQLException {
        return c.createArrayOf("uuid", submissions.stream().map(s -> UUID.fromString(s.id())).toArray());
    }

    // ---------------------------------------------------------------- health

    /** Every process of the platform answers {@code /q/health/live} with UP; the failures otherwise. */
    List<String> notLive() {
        List<String> problems = new ArrayList<>();
        for (String process : platform.processNames()) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(platform.url(process) + "/q/health/live")).timeout(Duration.ofSeconds(10))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                JsonNode health = CanonicalJson.mapper().readTree(response.body());
                if (response.statusCode() != 200 || !"UP".equals(health.path("status").asText())) {
                    problems.add(process + ": HTTP " + response.statusCode() + " " + response.body());
                }
            } catch (IOException e) {
                problems.add(process + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                problems.add(process + ": interrupted");
            }
        }
        return problems;
    }

    /**
     * The suite's invariants after a scenario: every submission stored exactly once (stats holds one row each,
     * each stage once per attempt in every history), at most one current version per agency-year and it is the
     * one submitted last — for the scenario's agencies, its last upload of each —, every service live.
     */
    void assertInvariants(List<Feed.Submitted> submissions, Map<String, JsonNode> statuses) throws SQLException {
        List<String> violations = historyViolations(statuses);
        assertTrue(violations.isEmpty(), "histories:\n  " + String.join("\n  ", violations));
        assertEquals(submissions.size(), statsRows(submissions),
                "stats-service holds one row per submission of the scenario");
        List<String> several = agencyYearsWithSeveralCurrentVersions();
        assertTrue(several.isEmpty(), "agency-years with several current versions (agency_key | year | count):\n  "
                + String.join("\n  ", several));
        List<String> none = agencyYearsWithoutCurrentVersion();
        assertTrue(none.isEmpty(), "agency-years without a current version:\n  " + String.join("\n  ", none));
        List<String> notLast = currentVersionsNotSubmittedLast();
        assertTrue(notLast.isEmpty(), "current versions that were not submitted last:\n  "
                + String.join("\n  ", notLast));
        Map<Integer, Feed.Submitted> lastOfSample = new LinkedHashMap<>();
        submissions.forEach(s -> lastOfSample.put(s.report().sample(), s)); // upload order: the last one wins
        for (Feed.Submitted last : lastOfSample.values()) {
            assertEquals(last.id(), currentVersionOfAgencyYearOf(last.id()), "the current version of the agency-year"
                    + " of " + last.report().name() + " is its last upload");
        }
        List<String> notLive = notLive();
        assertTrue(notLive.isEmpty(), "services not live:\n  " + String.join("\n  ", notLive));
    }

    static Set<String> ids(List<Feed.Submitted> submissions) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        submissions.forEach(s -> ids.add(s.id()));
        return ids;
    }
}
