package org.disclosure.stats.rest;

import static org.disclosure.stats.support.StatsFixture.YEAR;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.StatsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Findings by rule, compliance and coverage against {@link StatsFixture}. */
@QuarkusTest
class ComplianceResourceTest {

    @BeforeEach
    void storeFixture() {
        StatsFixture.ensureStored();
    }

    @Test
    void countsViolationsOfCurrentReportsByRule() {
        Api.asNational().when().get("/api/findings/by-rule?region=230000&year=" + YEAR)
                .then().statusCode(200)
                // X01 belongs to the superseded version, Q03 "not assessable" is no violation
                .body("rule", contains("A01", "Q03"))
                .body("severity", contains("error", "warning"))
                .body("reports", contains(1, 1))
                .body("findings", contains(1, 1));
    }

    @Test
    void complianceSharesAndFindingsPerReport() {
        Api.asNational().when().get("/api/compliance?region=230000&year=" + YEAR)
                .then().statusCode(200)
                .body("regionName", equalTo("黑龙江省"))
                .body("reports", equalTo(3))
                .body("errorFreeReports", equalTo(2))
                .body("errorFreeShare", comparesEqualTo(new BigDecimal("0.6667")))
                .body("late", equalTo(1))
                .body("publicationUnknown", equalTo(1))
                .body("onTime", equalTo(1))
                .body("onTimeShare", comparesEqualTo(new BigDecimal("0.5"))) // 1 of the 2 with a known date
                .body("findingsByRule.find { it.rule == 'A01' }.findingsPerReport",
                        comparesEqualTo(new BigDecimal("0.3333")));
    }

    @Test
    void coverageListsCountyGovernmentsWithoutAReport() {
        // 宁夏 has 22 county-level divisions; only 兴庆区's government reported
        Api.asNational().when().get("/api/coverage?region=640000&year=" + YEAR)
                .then().statusCode(200)
                .body("counties", equalTo(22))
                .body("reported", equalTo(1))
                .body("missing", hasSize(21))
                .body("missing.code", not(hasItem("640104")))
                .body("missing.find { it.code == '640105' }.name", equalTo("西夏区"))
                .body("missing.find { it.code == '640105' }.cityName", equalTo("银川市"));
        // a department's report (道里区财政局) does not stand in for its government; 道里区's own report does
        Api.asNational().when().get("/api/coverage?region=230100&year=" + YEAR)
                .then().statusCode(200)
                .body("missing.code", not(hasItem("230102")))
                .body("missing.code", hasItem("230103"));
    }

    @Test
    void coverageNeedsAYear() {
        Api.asNational().when().get("/api/coverage?region=640000").then().statusCode(400)
                .body("error", containsString("year"));
    }
}
