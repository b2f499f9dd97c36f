package org.disclosure.parse.service;

import java.util.Optional;
import org.disclosure.contracts.report.RegionCodes;
import org.disclosure.contracts.report.Region;
import org.disclosure.parser.ParseResult;

/**
 * The region rule for scans: the region read from the document decides. Ingest cannot read a scan's region on
 * upload (it runs no OCR), so it accepts the region the submitter named, within the submitter's regions. Once
 * parse-service has read the scan, a region read from it that is neither the accepted one nor inside it fails the
 * submission; when OCR finds no region, the accepted one stands. Documents with a text layer were checked by ingest
 * already and are not checked again.
 */
public final class ScannedRegion {

    private ScannedRegion() {
    }

    /** The reason to refuse a parsed document, or empty when its region may stand. */
    public static Optional<ParseResult.Failure> check(ParseResult.Success parsed, String acceptedRegionCode) {
        if (!parsed.readByOcr() || acceptedRegionCode == null || acceptedRegionCode.isBlank()) return Optional.empty();
        Region read = parsed.report().region();
        if (read == null || RegionCodes.covers(acceptedRegionCode, read.code())) return Optional.empty();
        String name = name(read);
        return Optional.of(new ParseResult.Failure(
                "扫描件上读出的地区“" + name + "”（" + read.code() + "）不是提交时认定的地区（" + acceptedRegionCode
                        + "），也不在其辖区内；请核对报告与所填地区后重新提交",
                "The region read from the scanned report, " + name + " (" + read.code()
                        + "), is neither the region accepted at submission (" + acceptedRegionCode
                        + ") nor inside it; check the report and the region given, and submit it again"));
    }

    private static String name(Region region) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {region.province(), region.city(), region.county()}) {
            if (part != null && !part.isBlank() && name.indexOf(part) < 0) name.append(part);
        }
        return name.isEmpty() ? region.code() : name.toString();
    }
}
