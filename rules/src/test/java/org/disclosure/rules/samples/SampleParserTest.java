package org.disclosure.rules.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.disclosure.rules.Rule;
import org.disclosure.rules.Validator;
import org.disclosure.rules.ValidationContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The samples end to end: parser, then validator; every rule in must raised, none in mustNot. */
class SampleParserTest {

    static List<Sample> samples() {
        return Sample.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void raisesExactlyWhatIsExpected(Sample sample) {
        ParseResult result = new ReportParser().parseText(sample.text());
        assertTrue(result instanceof ParseResult.Success, sample + " was rejected by the parser: " + result);
        Validator validator = new Validator();
        List<Finding> findings = validator.validate(((ParseResult.Success) result).report(), ValidationContext.none());
        SampleVerdicts.assertExpected(sample, findings, validator.rules().stream().map(Rule::id).toList());
    }
}
