package org.disclosure.stats.rest;

import static org.disclosure.stats.support.ComparisonFixture.CITY;
import static org.disclosure.stats.support.ComparisonFixture.EARLIER;
import static org.disclosure.stats.support.ComparisonFixture.FINANCE_ONLY_LATER;
import static org.disclosure.stats.support.ComparisonFixture.LATER;
import static org.disclosure.stats.support.ComparisonFixture.LEFT_YEAR;
import static org.disclosure.stats.support.ComparisonFixture.NINGXIA_EARLIER;
import static org.disclosure.stats.support.ComparisonFixture.NINGXIA_LATER;
import static org.disclosure.stats.support.ComparisonFixture.RIGHT_YEAR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.ComparisonFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Comparisons, the batch job and the two documents over {@link ComparisonFixture}: a sample's two years with planted
 * copies and jumps, an agency with one year only, and another province's agency.
 */
@QuarkusTest
class ComparisonResourceTest {

    @BeforeEach
    void storeFixture() {
        ComparisonFixture.ensureStored();
    }

    @Test
    void twoReportsAreComparedCellByCellSentenceBySentenceAndFindingByFinding() {
        JsonPath comparison = Api.asHeilongjiang().when()
                .get("/api/comparisons?left=" + EARLIER + "&right=" + LATER).then().statusCode(200)
                .body("left.year", equalTo(LEFT_YEAR)).body("right.year", equalTo(RIGHT_YEAR))
                .body("sameAgency", equalTo(true))
                .body("cellsImplausible", greaterThanOrEqualTo(2))
                .body("carryOverInconsistent", equalTo(2))
                .body("findings.added.rule", contains("X01", "Y03"))
                .body("findings.fixed.rule", contains("Q02"))
                .body("findings.stillPresent.rule", contains("A01"))
                .body("narrative.copied", equalTo(true))
                .body("narrative.added", equalTo(1))
                .extract().jsonPath();
        Map<String, Object> received = comparison.getMap("cells.find { it.key == 'apply.new.total' }");
        assertEquals(true, received.get("implausible"));
        assertEquals(0, new java.math.BigDecimal(received.get("absolute").toString()).compareTo(java.math.BigDecimal.valueOf(48)));
        List<String> carryOver = comparison.getList("cells.find { it.key == 'apply.carried_over.total' }.checks.rule");
        assertEquals(List.of("Y01"), carryOver);
        assertTrue(comparison.getDouble("narrative.copiedShare") > 0.8);
        assertTrue(comparison.getList("narrative.sentences.findAll { it.copied }").size() > 5, "copied passages marked");
    }

    @Test
    void aReportIsComparedWithTheSameAgencysReportOfTheYearBefore() {
        Api.asHeilongjiang().when().get("/api/comparisons/previous-year?report=" + LATER).then().statusCode(200)
                .body("left.id", equalTo(EARLIER.toString())).body("right.id", equalTo(LATER.toString()));
        Api.asHeilongjiang().when().get("/api/comparisons/previous-year?report=" + EARLIER).then().statusCode(404);
        Api.asHeilongjiang().when().get("/api/comparisons/previous-year?report=" + FINANCE_ONLY_LATER).then()
                .statusCode(404);
    }

    @Test
    void anotherProvincesReportsDoNotExistForASupervisor() {
        Api.asNingxia().when().get("/api/comparisons?left=" + EARLIER + "&right=" + LATER).then().statusCode(404);
        Api.asNingxia().when().get("/api/comparisons/previous-year?report=" + LATER).then().statusCode(404);
        Api.asNingxia().when().get("/api/comparisons/report.pdf?report=" + LATER).then().statusCode(404);
        Api.asHeilongjiang().when().get("/api/comparisons?left=" + NINGXIA_EARLIER + "&right=" + LATER).then()
                .statusCode(404);
        Api.asNingxia().when().get("/api/comparisons/previous-year?report=" + NINGXIA_LATER).then().statusCode(200);
        Api.asNational().when().get("/api/comparisons?left=" + NINGXIA_EARLIER + "&right=" + LATER).then()
                .statusCode(200).body("sameAgency", equalTo(false));
        Api.asNational().when().get("/api/comparisons?left=" + EARLIER).then().statusCode(400);
        Api.asNational().when().get("/api/comparisons?left=x&right=" + LATER).then().statusCode(400);
    }

    @Test
    void theComparisonReportOpensAsWordAndAsPdfWithItsChineseText() throws IOException {
        byte[] docx = Api.asHeilongjiang().when().get("/api/comparisons/report.docx?report=" + LATER).then()
                .statusCode(200).contentType(ComparisonResource.DOCX).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertTrue(text.contains("桦川县人民政府 2042年与2041年政府信息公开工作年度报告比对"), text.substring(0, 200));
            assertTrue(text.contains("新发现") && text.contains("已整改") && text.contains("仍存在"));
            assertTrue(text.contains("超过上年的 3 倍"));
            assertTrue(document.getTables().size() >= 4, "tables: " + document.getTables().size());
        }
        byte[] pdf = Api.asHeilongjiang().when().get("/api/comparisons/report.pdf?left=" + EARLIER + "&right=" + LATER)
                .then().statusCode(200).contentType(ComparisonResource.PDF).extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("桦川县人民政府"), text.substring(0, Math.min(300, text.length())));
        assertTrue(text.contains("正文逐句比对"));
        assertTrue(text.contains("照搬"));
        assertTrue(text.contains(YearPairText.ADDED_START));
    }

    @Test
    void aRegionIsComparedInABatchJobRankedAndReRunnable() throws InterruptedException {
        var created = Api.asHeilongjiang().contentType("application/json")
                .body(Map.of("region", CITY, "leftYear", LEFT_YEAR)).when().post("/api/comparison-jobs").then()
                .statusCode(202).header("Location", containsString("/api/comparison-jobs/")).extract();
        String location = created.header("Location");
        String id = created.jsonPath().getString("id");
        JsonPath job = awaitDone(location);
        assertEquals(1, job.getInt("total"));
        assertEquals(1, job.getInt("done"));
        assertEquals(List.of(LATER.toString()), job.getList("result.agencies.rightId"));
        assertEquals(1, job.getInt("result.agencies[0].rankChanged"));
        assertTrue(job.getBoolean("result.agencies[0].copied"));
        assertEquals(List.of("X01", "Y03"), job.getList("result.agencies[0].newFindings"));
        assertEquals(List.of(FINANCE_ONLY_LATER.toString()), job.getList("result.onlyRightYear.reportId"));
        assertEquals(List.of(), job.getList("result.onlyLeftYear"));

        Api.asNingxia().when().get(location).then().statusCode(404);
        Api.asNingxia().contentType("application/json").body(Map.of("region", CITY, "leftYear", LEFT_YEAR)).when()
                .post("/api/comparison-jobs").then().statusCode(404);
        Api.asNational().contentType("application/json").body(Map.of("leftYear", LEFT_YEAR)).when()
                .post("/api/comparison-jobs").then().statusCode(400);

        // re-running replaces the result of the same job
        Api.asNational().contentType("application/json")
                .body(Map.of("region", CITY, "leftYear", LEFT_YEAR, "rightYear", RIGHT_YEAR)).when()
                .post("/api/comparison-jobs").then().statusCode(202).body("id", equalTo(id));
        JsonPath again = awaitDone(location);
        assertEquals(List.of(LATER.toString()), again.getList("result.agencies.rightId"));
    }

    @Test
    void theSameJobPostedByManyAtOnceIsOneJobNeverAServerError() throws Exception {
        // a pair of years no other test posts, so that every request races to create the job's row
        Map<String, Object> request = Map.of("region", CITY, "leftYear", RIGHT_YEAR, "rightYear", RIGHT_YEAR + 5);
        String token = Api.tokens().national();
        List<java.util.concurrent.Callable<io.restassured.response.Response>> posts = java.util.stream.IntStream
                .range(0, 8).<java.util.concurrent.Callable<io.restassured.response.Response>>mapToObj(i -> () ->
                        Api.as(token).contentType("application/json").body(request).when().post("/api/comparison-jobs"))
                .toList();
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<io.restassured.response.Response> answers = clients.invokeAll(posts).stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).toList();
            assertEquals(List.of(202), answers.stream().map(io.restassured.response.Response::statusCode).distinct()
                    .toList(), answers.stream().map(io.restassured.response.Response::asString).toList().toString());
            List<String> ids = answers.stream().map(answer -> answer.jsonPath().getString("id")).distinct().toList();
            assertEquals(1, ids.size(), "one job: " + ids);
            JsonPath job = awaitDone(answers.getFirst().header("Location"));
            assertEquals(ids.getFirst(), job.getString("id"));
            assertEquals(0, job.getInt("total"), "no agency has reports in both years");
            assertEquals(java.util.Set.of(LATER.toString(), FINANCE_ONLY_LATER.toString()),
                    java.util.Set.copyOf(job.getList("result.onlyLeftYear.reportId")), "2042's reports stand alone");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theBriefingOpensAsWordAndAsPdfWithRegionDateIndicatorsFindingsAndFollowUps() throws IOException {
        byte[] pdf = Api.asHeilongjiang().when()
                .get("/api/briefings/briefing.pdf?region=" + CITY + "&year=" + RIGHT_YEAR).then().statusCode(200)
                .contentType(ComparisonResource.PDF).extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("佳木斯市2042年度政府信息公开工作年度报告情况通报"), text.substring(0, Math.min(400, text.length())));
        assertTrue(text.contains("本年新收申请数"), "indicators with last year's values");
        assertTrue(text.contains("2041年") && text.contains("2042年"));
        assertTrue(text.contains("桦川县人民政府") && text.contains("X01"), "findings by agency");
        assertTrue(text.contains("需要跟进的机关"));

        byte[] docx = Api.asHeilongjiang().when()
                .get("/api/briefings/briefing.docx?region=" + CITY + "&year=" + RIGHT_YEAR).then().statusCode(200)
                .contentType(ComparisonResource.DOCX).extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String words = extractor.getText();
            assertTrue(words.contains("佳木斯市2042年度政府信息公开工作年度报告情况通报（草稿）"));
            assertTrue(words.contains("正文称受理申请 25 件"), "the evidence of each finding");
            assertTrue(document.getTables().size() >= 3);
        }
        // another province's region briefs on nothing of this one
        String ningxia = pdfText(Api.asNingxia().when()
                .get("/api/briefings/briefing.pdf?region=" + CITY + "&year=" + RIGHT_YEAR).then().statusCode(200)
                .extract().asByteArray());
        assertFalse(ningxia.contains("桦川县人民政府 "), "no agency of 黑龙江 for 宁夏's supervisor");
        Api.asNational().when().get("/api/briefings/briefing.pdf?year=2042").then().statusCode(400);
    }

    @Test
    void theOpenApiDocumentListsTheNewEndpoints() {
        String openapi = RestAssured.given().when().get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/comparisons", "/api/comparisons/previous-year", "/api/comparisons/report.docx",
                "/api/comparisons/report.pdf", "/api/comparison-jobs", "/api/comparison-jobs/{id}",
                "/api/briefings/briefing.docx", "/api/briefings/briefing.pdf")) {
            assertTrue(openapi.contains(path + ":"), path);
        }
    }

    private static JsonPath awaitDone(String location) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonPath job = Api.asHeilongjiang().when().get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if ("done".equals(status)) return job;
            assertFalse("failed".equals(status), "job failed: " + job.getString("error"));
            if (Instant.now().isAfter(deadline)) throw new AssertionError("job still " + status);
            Thread.sleep(200);
        }
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The start of YearPair's added sentence, short enough to stay on one line of a table cell. */
    private static final class YearPairText {
        static final String ADDED_START = "本年度新建政务公开专区";
    }
}
