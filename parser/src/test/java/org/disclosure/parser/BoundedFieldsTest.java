package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParseIssueKind;
import org.disclosure.contracts.report.ParsedReport;
import org.junit.jupiter.api.Test;

/** Free text from a document enters the canonical report bounded, and the cut is told, never silent. */
class BoundedFieldsTest {

    @Test
    void aTitleOfFourHundredCharactersGivesAnAgencyNameCutWithAnIssue() throws IOException {
        String sample = Files.readString(Path.of("../samples/004_b6a5a2f03b247e6e.txt"), StandardCharsets.UTF_8);
        String longIssuer = "桦川县" + "某某委员会办公室与".repeat(43) + "财政局";
        String text = sample.replaceFirst("^桦川县", longIssuer);
        assertTrue(text.lines().findFirst().orElseThrow().length() >= 400);

        ParseResult result = new ReportParser().parseText(text);
        ParsedReport report = ((ParseResult.Success) result).report();
        assertEquals(100, report.agency().codePointCount(0, report.agency().length()), report.agency());
        ParseIssue cut = report.issues().stream().filter(issue -> issue.kind() == ParseIssueKind.FIELD_TOO_LONG)
                .findFirst().orElseThrow(() -> new AssertionError("no FIELD_TOO_LONG issue: " + report.issues()));
        assertEquals("agency", cut.keys().getFirst());
        assertEquals(4, report.value("apply.new.total").intValue(), "the tables are read as before");
    }

    @Test
    void anOrdinaryNameIsLeftAlone() throws IOException {
        ParsedReport report = ((ParseResult.Success) new ReportParser()
                .parse(Files.readAllBytes(Path.of("../samples/004_b6a5a2f03b247e6e.txt")))).report();
        assertTrue(report.issues().stream().noneMatch(issue -> issue.kind() == ParseIssueKind.FIELD_TOO_LONG));
    }
}
