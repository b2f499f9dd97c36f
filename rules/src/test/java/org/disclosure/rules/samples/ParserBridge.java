package org.disclosure.rules.samples;

import java.lang.reflect.Method;
import java.util.Optional;
import org.disclosure.contracts.report.ParsedReport;

/**
 * Calls org.disclosure.parser.ReportParser reflectively: the parser is developed alongside this module, and
 * the sample tests should skip, not fail to compile, while it is missing or its API is still moving.
 */
final class ParserBridge {

    private static final String PARSER = "org.disclosure.parser.ReportParser";

    private ParserBridge() {
    }

    static boolean available() {
        try {
            Class.forName(PARSER);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The parsed report, or empty when the parser rejected the text. */
    static Optional<ParsedReport> parse(String text) {
        try {
            Class<?> parserClass = Class.forName(PARSER);
            Object parser = parserClass.getConstructor().newInstance();
            Object result = parserClass.getMethod("parseText", String.class).invoke(parser, text);
            if (!result.getClass().getSimpleName().equals("Success")) return Optional.empty();
            Method report = result.getClass().getMethod("report");
            return Optional.of((ParsedReport) report.invoke(result));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the parser's API is not as expected: " + e, e);
        }
    }
}
