package org.disclosure.parser.fuzz;

import java.time.Duration;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;

/**
 * What every fuzz target checks: whatever the bytes, {@code parse} answers within its time limit with a
 * result and throws nothing (an exception, an Error or a hang is a finding; Jazzer keeps the input).
 */
final class Fuzzing {

    static final ReportParser PARSER = new ReportParser(Duration.ofSeconds(5));

    private Fuzzing() {
    }

    static void parse(byte[] data) {
        ParseResult result = PARSER.parse(data);
        if (result == null) throw new AssertionError("parse returned null");
        if (result instanceof ParseResult.Failure failure
                && (failure.reasonEn().contains("Exception") || failure.reasonZh().isBlank())) {
            throw new AssertionError("a reason a supervisor cannot read: " + failure);
        }
    }
}
