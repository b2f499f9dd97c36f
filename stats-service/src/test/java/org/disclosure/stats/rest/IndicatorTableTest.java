package org.disclosure.stats.rest;

import static org.disclosure.stats.rest.IndicatorResourceTest.indicatorsOf;
import static org.disclosure.stats.rest.IndicatorResourceTest.row;
import static org.disclosure.stats.support.StatsFixture.EARLIER_YEAR;
import static org.disclosure.stats.support.StatsFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.report.Region;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.service.AggregationLevel;
import org.disclosure.stats.service.IndicatorService;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.FixtureReport;
import org.disclosure.stats.support.StatsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the indicator table is assembled from rows rendered once and kept per stored version of their area's
 * sums (IndicatorLineCache). It must be byte for byte the list of rows serialised as before, asked once or again, and
 * a store must show at the next request.
 */
@QuarkusTest
class IndicatorTableTest {

    /** A county and year no other test stores in. */
    private static final Region CHENGGUAN = new Region("620102", "甘肃省", "兰州市", "城关区");
    private static final int CACHE_YEAR = 2061;

    @Inject
    IndicatorService service;

    @Inject
    ObjectMapper mapper;

    @BeforeEach
    void storeFixture() {
        StatsFixture.ensureStored();
    }

    @Test
    void aTableIsTheSerialisedRowsByteForByteFirstAndAgain() throws Throwable {
        for (AggregationLevel level : AggregationLevel.values()) {
            for (int year : List.of(EARLIER_YEAR, YEAR)) {
                String path = "/api/indicators?level=" + level.label() + "&year=" + year;
                // the rows computed without the cache, serialised by the application's mapper as a list
                String expected = mapper.writeValueAsString(VertxContextSupport.subscribeAndAwait(() -> service
                        .byLevel(ReportFilter.current(RegionScope.everywhere(), null, year), level)));
                assertEquals(expected, body(path), path);
                assertEquals(expected, body(path), path + ", asked again");
            }
        }
    }

    @Test
    void aStoreShowsAtTheNextRequest() {
        String path = "/api/indicators?level=county&year=" + CACHE_YEAR + "&region=620000";
        StatsFixture.store(new FixtureReport("chengguan-government-" + CACHE_YEAR, "兰州市城关区人民政府", CHENGGUAN,
                CACHE_YEAR).cell("apply.new.total", 4).cell("apply.total.total", 4).cell("apply.granted.total", 1));
        Map<String, Object> first = row(rows(path), "620102", null);
        assertEquals(1, first.get("reports"));
        IndicatorResourceTest.assertRate(indicatorsOf(first), "substantive_disclosure_rate", "0.25");
        assertEquals(first, row(rows(path), "620102", null), "asked again, from the cache");
        assertEquals("620102,城关区,,2061,1,4,4,0.2500", csvLine(), "the CSV export");
        assertEquals("620102,城关区,,2061,1,4,4,0.2500", csvLine(), "the CSV export again");

        StatsFixture.store(new FixtureReport("chengguan-finance-" + CACHE_YEAR, "兰州市城关区财政局", CHENGGUAN,
                CACHE_YEAR).cell("apply.new.total", 6).cell("apply.total.total", 6).cell("apply.granted.total", 5));
        Map<String, Object> second = row(rows(path), "620102", null);
        assertEquals(2, second.get("reports"));
        IndicatorResourceTest.assertRate(indicatorsOf(second), "substantive_disclosure_rate", "0.6"); // (1 + 5) / 10
        IndicatorResourceTest.assertRate(indicatorsOf(row(rows("/api/indicators?level=province&year=" + CACHE_YEAR),
                "620000", null)), "applications_received", "10");
        assertEquals("620102,城关区,,2061,2,10,10,0.6000", csvLine(), "the CSV export after the store");
    }

    /** The county's line of the indicator CSV up to its first rate. */
    private static String csvLine() {
        String csv = new String(Api.asNational().when().get("/api/exports/indicators.csv?level=county&region=620000"
                + "&year=" + CACHE_YEAR).then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        String line = csv.lines().filter(candidate -> candidate.startsWith("620102,")).findFirst().orElseThrow();
        return String.join(",", List.of(line.split(",", -1)).subList(0, 8));
    }

    private static String body(String path) {
        return Api.asNational().when().get(path).then().statusCode(200).extract().asString();
    }

    private static List<Map<String, Object>> rows(String path) {
        return Api.asNational().when().get(path).then().statusCode(200).extract().jsonPath().getList("$");
    }
}
