package org.disclosure.parse.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.parser.ParseResult;
import org.junit.jupiter.api.Test;

/** For a scan, the region read from the document decides: it must be the accepted region or inside it. */
class ScannedRegionTest {

    private static final Region GONGNONG = new Region("230403", "黑龙江省", "鹤岗市", "工农区");

    private static ParseResult.Success read(Region region, int scannedPages) {
        return new ParseResult.Success(new ParsedReport("鹤岗市工农区人民政府", region, 2022, FormatVersion.F2021, null,
                List.of(), Map.of(), Map.of(), List.of(), List.of()), scannedPages);
    }

    @Test
    void aScanOfTheAcceptedRegionOrOfAPlaceInsideItStands() {
        assertEquals(Optional.empty(), ScannedRegion.check(read(GONGNONG, 3), "230403"));
        assertEquals(Optional.empty(), ScannedRegion.check(read(GONGNONG, 3), "230400"), "inside the city");
        assertEquals(Optional.empty(), ScannedRegion.check(read(GONGNONG, 3), "230000"), "inside the province");
    }

    @Test
    void aScanReadAsAnotherRegionFailsWithAReasonInChineseAndEnglish() {
        ParseResult.Failure failure = ScannedRegion.check(read(GONGNONG, 2), "110101").orElseThrow();
        assertTrue(failure.reasonZh().contains("扫描件") && failure.reasonZh().contains("黑龙江省鹤岗市工农区")
                && failure.reasonZh().contains("110101"), failure.reasonZh());
        assertTrue(failure.reasonEn().contains("230403") && failure.reasonEn().contains("110101"), failure.reasonEn());
    }

    @Test
    void whenOcrFindsNoRegionTheAcceptedOneStands() {
        assertEquals(Optional.empty(), ScannedRegion.check(read(null, 3), "110101"));
    }

    @Test
    void documentsWithATextLayerWereCheckedByIngestAndAreNotCheckedAgain() {
        assertEquals(Optional.empty(), ScannedRegion.check(read(GONGNONG, 0), "110101"));
        assertEquals(Optional.empty(), ScannedRegion.check(read(GONGNONG, 3), null), "no region accepted: the read one stands");
    }
}
