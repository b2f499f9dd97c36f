package org.disclosure.rules.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.rules.Rule;
import org.disclosure.rules.Validator;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples end to end: parser, then validator; every rule in must raised, none in mustNot. Skips without a parser. */
class SampleParserTest {

    static List<Sample> samples() {
        return Sample.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void raisesExactlyWhatIsExpected(Sample sample) {
        assumeTrue(ParserBridge.available(), "the parser module has no ReportParser yet");
        Optional<ParsedReport> report = ParserBridge.parse(sample.text());
        assertTrue(report.isPresent(), sample + " was rejected by the parser");
        Validator validator = new Validator();
        List<Finding> findings = validator.validate(report.get(), ValidationContext.none());
        SampleVerdicts.assertExpected(sample, findings, validator.rules().stream().map(Rule::id).toList());
    }
}
