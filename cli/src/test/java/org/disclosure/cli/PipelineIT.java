package org.disclosure.cli;

import static io.restassured.RestAssured.given;
import static org.disclosure.devstack.TestArchives.zip;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.devstack.TestTokens;
import org.disclosure.parser.documents.DocxWriter;
import org.disclosure.parser.documents.HtmlWriter;
import org.disclosure.parser.documents.ReportSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole platform end to end: the five sample reports go over HTTP into ingest-service, through real Kafka,
 * parse- and validate-service, and are found in stats-service with their cells, all on the real Kafka,
 * PostgreSQL and Keycloak that devstack starts.
 */
class PipelineIT {

    private static final Path HOME = Path.of(System.getProperty("disclosure.home", "..")).toAbsolutePath();
    private static final Path SAMPLES = HOME.resolve("samples");
    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(2);

    private static Platform platform;
    private static TestTokens tokens;

    @BeforeAll
    static void startPlatform() {
        platform = Platform.start(HOME, PlatformPorts.free(), HOME.resolve("cli/target/it-logs"));
        tokens = TestTokens.forRealm(platform.realmUrl());
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) platform.close();
    }

    @Test
    void samplesFlowFromUploadToStatistics() throws IOException, InterruptedException {
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path sample : samples()) {
            ids.put(sample, given().auth().oauth2(tokens.clerk())
                    .multiPart("file", sample.toFile(), "text/plain")
                    .when().post(platform.ingestUrl() + "/api/submissions")
                    .then().statusCode(201).body("duplicate", equalTo(false))
                    .extract().path("id"));
        }

        // the same bytes again, under another name: the existing submission comes back
        Path first = samples().get(0);
        given().auth().oauth2(tokens.clerk())
                .multiPart("file", "again.txt", Files.readAllBytes(first), "text/plain")
                .when().post(platform.ingestUrl() + "/api/submissions")
                .then().statusCode(200)
                .body("duplicate", equalTo(true))
                .body("id", equalTo(ids.get(first)));

        for (Map.Entry<Path, String> entry : ids.entrySet()) {
            JsonPath status = awaitTerminal(entry.getValue());
            assertEquals("stored", status.getString("stage"), entry.getKey() + ": " + status.prettify());
            List<String> stages = status.getList("history.stage");
            assertTrue(stages.containsAll(List.of("received", "parsed", "validated", "stored")), stages.toString());
        }

        for (Map.Entry<Path, String> entry : ids.entrySet()) {
            JsonNode expected = expectedFor(entry.getKey());
            // read with Jackson: RestAssured's JsonPath would turn 46.2697 into a float
            JsonNode report = CanonicalJson.mapper().readTree(given().auth().oauth2(tokens.national())
                    .when().get(platform.statsUrl() + "/api/reports/" + entry.getValue())
                    .then().statusCode(200).extract().asString());
            assertEquals(expected.get("agency"), report.at("/summary/agency"));
            assertEquals(expected.get("year"), report.at("/summary/year"));
            assertEquals(expected.at("/region/code"), report.at("/summary/regionCode"));
            JsonNode cells = report.at("/report/cells");
            assertEquals(expected.get("cells").size(), cells.size(), entry.getKey() + " cell count");
            expected.get("cells").fields().forEachRemaining(cell -> {
                JsonNode actual = cells.get(cell.getKey());
                String where = entry.getKey().getFileName() + " " + cell.getKey();
                assertTrue(actual != null, where + " is missing");
                assertEquals(cell.getValue().isNull(), actual.isNull(), where + " blank or not");
                if (!actual.isNull()) {
                    assertEquals(cell.getValue().decimalValue().stripTrailingZeros(),
                            actual.decimalValue().stripTrailingZeros(), where);
                }
            });
        }
        List<String> listed = given().auth().oauth2(tokens.national())
                .when().get(platform.statsUrl() + "/api/reports?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertTrue(listed.containsAll(ids.values()), "every sample is listed: " + listed);
    }

    @Test
    void aDocumentThatIsNotAReportEndsFailedWithAReason() throws InterruptedException {
        String id = given().auth().oauth2(tokens.clerk())
                .multiPart("file", "minutes.txt", "会议纪要：本周无事项。".getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("regionCode", "230000")
                .when().post(platform.ingestUrl() + "/api/submissions")
                .then().statusCode(201).extract().path("id");
        JsonPath status = awaitTerminal(id);
        assertEquals("parse_failed", status.getString("stage"));
        assertTrue(status.getBoolean("failed"));
        given().auth().oauth2(tokens.clerk()).when().get(platform.ingestUrl() + "/api/submissions/" + id)
                .then().body("reason", containsString("/"));
    }

    @Test
    void theSameReportAsTextPdfDocxAndHtmlGivesTheSameCellsWhileBadFilesInTheBatchFailAlone()
            throws IOException, InterruptedException {
        ReportSource source = ReportSource.load("report_2021_hangzhou_xihu.grid.txt");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xihu.txt", source.toText().getBytes(StandardCharsets.UTF_8));
        files.put("xihu.pdf", resource("/documents/report_2021_hangzhou_xihu.pdf"));
        files.put("xihu.docx", DocxWriter.write(source));
        files.put("xihu.html", HtmlWriter.write(source).getBytes(StandardCharsets.UTF_8));
        files.put("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        files.put("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0});
        files.put("../outside.txt", "x".getBytes(StandardCharsets.UTF_8));

        JsonPath receipt = given().auth().oauth2(tokens.user("clerk-zhejiang"))
                .multiPart("file", "xihu-batch.zip", zip(files), "application/zip")
                // the region named for the batch lets the unreadable files in, so that they fail in parse-service
                .multiPart("regionCode", "330106")
                .when().post(platform.ingestUrl() + "/api/batches")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(6, receipt.getInt("stored"), receipt.prettify());
        assertTrue(receipt.getString("entries[6].error").contains("unsafe"));

        Map<String, JsonNode> cellsByFile = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            String name = receipt.getString("entries[" + i + "].name");
            JsonPath status = awaitTerminal(receipt.getString("entries[" + i + "].id"));
            if (name.startsWith("xihu")) {
                assertEquals("stored", status.getString("stage"), name + ": " + status.prettify());
                cellsByFile.put(name, CanonicalJson.mapper().readTree(given().auth().oauth2(tokens.national())
                        .when().get(platform.statsUrl() + "/api/reports/" + receipt.getString("entries[" + i + "].id"))
                        .then().statusCode(200).extract().asString()).at("/report/cells"));
            } else {
                assertEquals("parse_failed", status.getString("stage"), name);
                assertTrue(status.getString("reason").length() > 10, name + ": " + status.getString("reason"));
            }
        }
        JsonNode text = cellsByFile.get("xihu.txt");
        assertEquals(200, text.size());
        cellsByFile.forEach((name, cells) -> assertEquals(text, cells, name + " differs from the text version"));
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = ReportSource.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test document " + name);
            return in.readAllBytes();
        }
    }

    private static JsonPath awaitTerminal(String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        while (true) {
            // national sees every region's submissions; a clerk only those of their own regions
            JsonPath status = given().auth().oauth2(tokens.national())
                    .when().get(platform.ingestUrl() + "/api/submissions/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (status.getString("stage").equals("stored") || status.getBoolean("failed")
                    || Instant.now().isAfter(deadline)) {
                return status;
            }
            Thread.sleep(300);
        }
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static JsonNode expectedFor(Path sample) throws IOException {
        String name = sample.getFileName().toString().replaceFirst("\\.txt$", ".json");
        return CanonicalJson.mapper().readTree(SAMPLES.resolve("expected").resolve(name).toFile());
    }
}
