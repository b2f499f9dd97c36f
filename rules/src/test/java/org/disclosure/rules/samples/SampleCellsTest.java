package org.disclosure.rules.samples;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Validator;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples without the parser: cells from samples/expected/*.json, paragraphs from {@link TextFixture}.
 * Rules that need the parser's issues (S04, Q05) cannot be raised here and are only checked for absence.
 */
class SampleCellsTest {

    private static final Set<String> NEED_PARSER_ISSUES = Set.of("S04", "Q05");

    static List<Sample> samples() {
        return Sample.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void raisesWhatIsExpectedFromCellsAndText(Sample sample) {
        ParsedReport expected = sample.expectedReport();
        ParsedReport report = new ParsedReport(expected.agency(), expected.region(), expected.year(), expected.format(),
                expected.publishedOn(), expected.sections(), expected.cells(), Map.of(), List.of(),
                TextFixture.paragraphs(sample.text()));
        List<Finding> findings = new Validator().validate(report, ValidationContext.none());
        List<String> considered = new Validator().rules().stream().map(r -> r.id()).filter(id -> !NEED_PARSER_ISSUES.contains(id)).toList();
        SampleVerdicts.assertExpected(sample, findings, considered);
    }
}
