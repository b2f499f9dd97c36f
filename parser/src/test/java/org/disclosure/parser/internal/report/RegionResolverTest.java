package org.disclosure.parser.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.disclosure.contracts.report.Region;
import org.junit.jupiter.api.Test;

/** Same-named counties are told apart by the city in the name, or else by what the report talks about. */
class RegionResolverTest {

    private static final RegionResolver REGIONS = new RegionResolver(AdministrativeDivisions.load());

    @Test
    void cityInTheNameDecides() {
        assertEquals("220104", REGIONS.resolve("长春市朝阳区人民政府", "").code());
        assertEquals("110105", REGIONS.resolve("北京市朝阳区人民政府", "").code());
        assertEquals("320302", REGIONS.resolve("徐州市鼓楼区教育局", "").code());
        assertEquals("230407", REGIONS.resolve("鹤岗市兴山区人民政府", "").code());
    }

    @Test
    void aUniqueCountyNeedsNoCity() {
        Region region = REGIONS.resolve("原州区人民政府办公室", "");
        assertEquals("640402", region.code());
        assertEquals("宁夏回族自治区", region.province());
        assertEquals("固原市", region.city());
        assertEquals("原州区", region.county());
        assertEquals("230826", REGIONS.resolve("桦川县人民政府", "").code());
    }

    @Test
    void anAmbiguousCountyAloneIsResolvedByTheReportsOwnWords() {
        String context = "为贯彻福州市政务公开工作要点，我区在福建省率先完成目录编制。";
        assertEquals("350102", REGIONS.resolve("鼓楼区人民政府", context).code());
        assertNull(REGIONS.resolve("鼓楼区人民政府", "没有线索的文字"));
    }

    @Test
    void cityAndProvinceLevelAgencies() {
        Region city = REGIONS.resolve("伊春市人民政府", "");
        assertEquals("230700", city.code());
        assertNull(city.county());
        assertEquals("230000", REGIONS.resolve("黑龙江省人民政府办公厅", "").code());
    }
}
