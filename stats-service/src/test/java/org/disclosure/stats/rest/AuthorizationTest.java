package org.disclosure.stats.rest;

import static io.restassured.RestAssured.given;
import static org.disclosure.stats.support.StatsFixture.YEAR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.StatsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may call what and see which data, with the realm's real tokens: every endpoint refuses a missing token
 * (401) and a submitter (403), serves a supervisor (200), and never shows a supervisor another province.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String HEILONGJIANG_REPORT = StatsFixture.DAOLI_GOVERNMENT.id().toString();
    private static final String NINGXIA_REPORT = StatsFixture.XINGQING_GOVERNMENT.id().toString();

    static Stream<String> endpoints() {
        return Stream.of("/api/reports", "/api/reports/" + HEILONGJIANG_REPORT,
                "/api/reports/" + HEILONGJIANG_REPORT + "/history", "/api/indicators",
                "/api/trends?indicator=dispute_rate", "/api/rankings?indicator=dispute_rate", "/api/findings/by-rule",
                "/api/compliance", "/api/coverage?year=" + YEAR, "/api/exports/reports.csv",
                "/api/exports/reports.xlsx", "/api/exports/indicators.csv", "/api/exports/indicators.xlsx",
                "/api/comparisons?left=" + StatsFixture.DAOLI_EARLIER_YEAR.id() + "&right=" + HEILONGJIANG_REPORT,
                "/api/comparisons/previous-year?report=" + HEILONGJIANG_REPORT,
                "/api/comparisons/report.docx?report=" + HEILONGJIANG_REPORT,
                "/api/comparisons/report.pdf?report=" + HEILONGJIANG_REPORT,
                "/api/briefings/briefing.docx?region=230000&year=" + YEAR,
                "/api/briefings/briefing.pdf?region=230000&year=" + YEAR);
    }

    @BeforeEach
    void storeFixture() {
        StatsFixture.ensureStored();
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void withoutATokenIsUnauthorized(String endpoint) {
        given().when().get(endpoint).then().statusCode(401);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aSubmitterIsForbidden(String endpoint) {
        Api.as(Api.tokens().clerk()).when().get(endpoint).then().statusCode(403);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void aSupervisorIsServed(String endpoint) {
        Api.asHeilongjiang().when().get(endpoint).then().statusCode(200);
    }

    @Test
    void openEndpointsNeedNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("/api/exports/indicators.xlsx"))
                .body(org.hamcrest.Matchers.containsString("/api/coverage"));
    }

    @Test
    void anotherProvincesReportDoesNotExistForASupervisor() {
        Api.asHeilongjiang().when().get("/api/reports/" + NINGXIA_REPORT).then().statusCode(404);
        Api.asHeilongjiang().when().get("/api/reports/" + NINGXIA_REPORT + "/history").then().statusCode(404);
        Api.asNingxia().when().get("/api/reports/" + HEILONGJIANG_REPORT).then().statusCode(404);
        Api.asNingxia().when().get("/api/reports/" + NINGXIA_REPORT).then().statusCode(200);
        Api.asNational().when().get("/api/reports/" + NINGXIA_REPORT).then().statusCode(200);
    }

    @Test
    void theReportListHoldsOnlyTheSupervisorsRegions() {
        Api.asHeilongjiang().when().get("/api/reports?size=500").then().statusCode(200)
                .body("items.regionCode", everyItem(startsWith("23")))
                .body("items.id", hasItem(HEILONGJIANG_REPORT));
        Api.asHeilongjiang().when().get("/api/reports?region=640000").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(0));
        Api.asNingxia().when().get("/api/reports?year=" + YEAR).then().statusCode(200)
                .body("items.id", contains(NINGXIA_REPORT));
    }

    @Test
    void aggregatesHoldOnlyTheSupervisorsRegions() {
        Api.asHeilongjiang().when().get("/api/indicators?level=province&year=" + YEAR).then().statusCode(200)
                .body("regionCode", contains("230000"));
        Api.asHeilongjiang().when().get("/api/indicators?level=county&region=640000").then().statusCode(200)
                .body("", empty());
        Api.asHeilongjiang().when().get("/api/trends?region=640104&indicator=dispute_rate").then().statusCode(200)
                .body("points", empty());
        Api.asHeilongjiang().when().get("/api/rankings?level=county&indicator=dispute_rate&year=" + YEAR)
                .then().statusCode(200)
                .body("regionCode", contains("230102", "230202"));
        Api.asHeilongjiang().when().get("/api/findings/by-rule?year=" + YEAR).then().statusCode(200)
                .body("rule", not(hasItem("A03")));
        Api.asNingxia().when().get("/api/findings/by-rule?year=" + YEAR).then().statusCode(200)
                .body("rule", contains("A03"));
        Api.asHeilongjiang().when().get("/api/compliance?region=640000&year=" + YEAR).then().statusCode(200)
                .body("reports", equalTo(0)).body("errorFreeShare", nullValue());
        Api.asHeilongjiang().when().get("/api/coverage?region=640000&year=" + YEAR).then().statusCode(200)
                .body("counties", equalTo(0)).body("missing", empty());
        Api.asNingxia().when().get("/api/coverage?year=" + YEAR).then().statusCode(200)
                .body("counties", equalTo(22));
    }

    @Test
    void exportsHoldOnlyTheSupervisorsRegions() throws IOException {
        String reports = new String(Api.asHeilongjiang().when().get("/api/exports/reports.csv?year=" + YEAR)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(reports.contains("哈尔滨市道里区人民政府"));
        assertFalse(reports.contains("银川市兴庆区人民政府"));

        List<List<Object>> reportRows = ExportResourceTest.read(Api.asNingxia().when()
                .get("/api/exports/reports.xlsx?year=" + YEAR).then().statusCode(200).extract().asByteArray());
        assertTrue(reportRows.stream().skip(1).allMatch(row -> row.get(2).toString().startsWith("64")));

        String indicators = new String(Api.asNingxia().when().get("/api/exports/indicators.csv?year=" + YEAR)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(indicators.contains("640000,宁夏回族自治区"));
        assertFalse(indicators.contains("230000"));

        List<List<Object>> indicatorRows = ExportResourceTest.read(Api.asHeilongjiang().when()
                .get("/api/exports/indicators.xlsx?level=county").then().statusCode(200).extract().asByteArray());
        assertTrue(indicatorRows.stream().skip(1).allMatch(row -> row.get(0).toString().startsWith("23")));
    }
}
