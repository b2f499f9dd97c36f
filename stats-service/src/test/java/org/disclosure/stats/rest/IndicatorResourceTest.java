package org.disclosure.stats.rest;

import static org.disclosure.stats.support.StatsFixture.EARLIER_YEAR;
import static org.disclosure.stats.support.StatsFixture.YEAR;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.StatsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indicators, trends and rankings against figures worked out by hand from {@link StatsFixture}. */
@QuarkusTest
class IndicatorResourceTest {

    @BeforeEach
    void storeFixture() {
        StatsFixture.ensureStored();
    }

    @Test
    void provinceRowsAreSumsOfCurrentReportsThenRates() {
        Map<String, Object> heilongjiang = row(indicators("province", YEAR), "230000", null);

        assertEquals("黑龙江省", heilongjiang.get("regionName"));
        assertEquals(3, heilongjiang.get("reports"));
        Map<String, Object> indicators = indicatorsOf(heilongjiang);
        // the superseded first version (1000 applications) counts nowhere
        assertRate(indicators, "applications_received", "15");
        assertRate(indicators, "applications_handled", "15");
        assertRate(indicators, "substantive_disclosure_rate", "0.5333"); // (5+1 + 2) / 15
        assertRate(indicators, "denial_rate", "0.0667"); // 1 / 15
        assertRate(indicators, "unable_rate", "0"); // defined and zero, not undefined
        assertRate(indicators, "carry_forward_rate", "0.1176"); // 2 / (15 + 2)
        assertRate(indicators, "natural_person_share", "0.4667"); // (6+1) / 15
        assertRate(indicators, "review_correction_rate", "0.5"); // 1 / (3 − 1)
        assertRate(indicators, "litigation_correction_rate", "0.5"); // 1 / ((1−0) + (1−0))
        assertRate(indicators, "dispute_rate", "0.3333"); // (3 + 1 + 1) / 15
        assertRate(sumsOf(heilongjiang), "apply.granted.total", "7");
    }

    @Test
    void aRateWithAZeroDenominatorIsNull() {
        Map<String, Object> longsha = row(indicators("county", YEAR), "230202", null);
        assertEquals("龙沙区", longsha.get("regionName"));
        Map<String, Object> indicators = indicatorsOf(longsha);
        assertRate(indicators, "applications_received", "0");
        assertThat(indicators.get("substantive_disclosure_rate"), nullValue());
        assertThat(indicators.get("review_correction_rate"), nullValue());
        assertThat(indicators.get("dispute_rate"), nullValue());

        Map<String, Object> ningxia = indicatorsOf(row(indicators("province", YEAR), "640000", null));
        assertRate(ningxia, "substantive_disclosure_rate", "0.75");
        assertThat(ningxia.get("litigation_correction_rate"), nullValue());
    }

    @Test
    void citiesAndAgenciesAreLevelsToo() {
        Map<String, Object> harbin = row(indicators("city", YEAR), "230100", null);
        assertEquals("哈尔滨市", harbin.get("regionName"));
        assertEquals(2, harbin.get("reports"));
        Map<String, Object> finance = row(indicators("agency", YEAR), "230102", "哈尔滨市道里区财政局");
        assertRate(indicatorsOf(finance), "substantive_disclosure_rate", "0.4");
    }

    @Test
    void trendGivesEachYearAndTheChange() {
        Api.asNational().when().get("/api/trends?region=230102&indicator=substantive_disclosure_rate")
                .then().statusCode(200)
                .body("regionName", equalTo("道里区"))
                .body("points.year", contains(EARLIER_YEAR, YEAR))
                .body("points[0].value", comparesEqualTo(new BigDecimal("0.5"))) // 4 / 8
                .body("points[0].change", nullValue())
                .body("points[1].value", comparesEqualTo(new BigDecimal("0.5333")))
                .body("points[1].change", comparesEqualTo(new BigDecimal("0.0333")));
    }

    @Test
    void rankingPutsTheHighestFirstAndUndefinedLast() {
        JsonPath ranking = Api.asNational().when()
                .get("/api/rankings?indicator=substantive_disclosure_rate&level=county&year=" + YEAR)
                .then().statusCode(200).extract().jsonPath();
        List<String> fixtureCounties = List.of("640104", "230102", "230202");
        List<Map<String, Object>> rows = ranking.<Map<String, Object>>getList("$").stream()
                .filter(row -> fixtureCounties.contains(row.get("regionCode"))).toList();
        assertEquals(fixtureCounties, rows.stream().map(row -> row.get("regionCode")).toList());
        assertEquals(1, rows.get(0).get("rank"));
        assertEquals(2, rows.get(1).get("rank"));
        assertThat(rows.get(2).get("rank"), nullValue());
    }

    @Test
    void rejectsUnknownLevelsAndIndicators() {
        Api.asNational().when().get("/api/indicators?level=village").then().statusCode(400)
                .body("error", containsString("level"));
        Api.asNational().when().get("/api/trends?indicator=happiness").then().statusCode(400)
                .body("error", containsString("substantive_disclosure_rate"));
        Api.asNational().when().get("/api/rankings").then().statusCode(400);
    }

    private static List<Map<String, Object>> indicators(String level, int year) {
        return Api.asNational().when().get("/api/indicators?level=" + level + "&year=" + year)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static Map<String, Object> row(List<Map<String, Object>> rows, String regionCode, String agency) {
        return rows.stream().filter(row -> regionCode.equals(row.get("regionCode"))
                        && (agency == null || agency.equals(row.get("agency"))))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + regionCode + " in " + rows));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> indicatorsOf(Map<String, Object> row) {
        return (Map<String, Object>) row.get("indicators");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sumsOf(Map<String, Object> row) {
        return (Map<String, Object>) row.get("sums");
    }

    static void assertRate(Map<String, Object> values, String name, String expected) {
        Object actual = values.get(name);
        assertThat(name + " = " + actual, new BigDecimal(String.valueOf(actual)),
                comparesEqualTo(new BigDecimal(expected)));
    }
}
