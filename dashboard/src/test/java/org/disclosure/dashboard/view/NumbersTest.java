package org.disclosure.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.disclosure.dashboard.client.ReportSummary;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void countsRatesAndChangesReadAsPeopleWriteThem() {
        assertEquals("1200", Numbers.count(new BigDecimal("1.2E+3")));
        assertEquals("3.5", Numbers.count(new BigDecimal("3.50")));
        assertEquals("—", Numbers.count(null));
        assertEquals("25.0%", Numbers.percent(new BigDecimal("0.2500")));
        assertEquals("未定义", Numbers.percent(null));
        assertEquals("+2.5 个百分点", Numbers.percentPoints(new BigDecimal("0.025")));
        assertEquals("-3", Numbers.signed(new BigDecimal("-3")));
        assertEquals("", Numbers.signed(null));
    }

    @Test
    void reportsSortByErrorsOrNameHereAndByYearInStatsService() {
        ReportSummary few = summary("乙局", 1);
        ReportSummary many = summary("甲局", 5);
        assertEquals(List.of(many, few), ReportSorting.sort(List.of(few, many), "errors"));
        assertEquals(List.of(few, many), ReportSorting.sort(List.of(few, many), "year"));
        assertEquals(true, ReportSorting.isNative(null));
        assertEquals(true, ReportSorting.isNative("nonsense"));
    }

    @Test
    void regionCodesHaveNamesAndLevels() {
        assertEquals("230000 黑龙江省", Regions.name("230000"));
        assertEquals("province", Regions.level("640000"));
        assertEquals("city", Regions.level("230400"));
        assertEquals("county", Regions.level("230407"));
        assertEquals("全部地区", Regions.name(null));
    }

    private static ReportSummary summary(String agency, int errors) {
        return new ReportSummary(UUID.randomUUID(), agency, "230407", "黑龙江省", "鹤岗市", "兴山区", 2021, "2021", null,
                "a.txt", errors, 0, 0, true, "1");
    }
}
