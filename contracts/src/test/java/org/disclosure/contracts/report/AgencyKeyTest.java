package org.disclosure.contracts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.junit.jupiter.api.Test;

class AgencyKeyTest {

    private static ParsedReport report(String agency, Region region) {
        return new ParsedReport(agency, region, 2021, FormatVersion.F2021, null, List.of(), Map.of(), Map.of(),
                List.of(), List.of());
    }

    private static SubmissionMetadata submittedFor(String regionCode) {
        return new SubmissionMetadata(null, regionCode, null, null, null);
    }

    @Test
    void sameNameInTwoProvincesIsTwoAgencies() {
        ParsedReport finance = report("财政局", null);
        assertEquals("640000:财政局", AgencyKey.of(finance, submittedFor("640000")));
        assertNotEquals(AgencyKey.of(finance, submittedFor("640000")), AgencyKey.of(finance, submittedFor("230000")));
    }

    @Test
    void theRegionReadFromTheDocumentDecidesAndSpacingDoesNot() {
        ParsedReport gulou = report("鼓楼区 人民政府", new Region("350102", "福建省", "福州市", "鼓楼区"));
        assertEquals("350102:鼓楼区人民政府", AgencyKey.of(gulou, submittedFor("320106")));
    }

    @Test
    void withoutAgencyThereIsNoKeyAndTheMessageKeyIsTheSubmission() {
        UUID id = UUID.randomUUID();
        assertNull(AgencyKey.of(report(null, null), null));
        assertEquals(id.toString(), AgencyKey.messageKey(report(null, null), null, id));
        assertEquals("财政局", AgencyKey.of(report("财政局", null), null));
    }
}
