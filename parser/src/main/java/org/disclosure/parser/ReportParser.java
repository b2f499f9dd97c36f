package org.disclosure.parser;

import java.util.Optional;

/**
 * Parses government information disclosure annual reports, in any text layout conversions produce,
 * into the canonical model. Thread-safe and reusable: construct once, the reference tables are loaded
 * by the constructor and shared.
 */
public final class ReportParser {

    private final ReportReader reader;

    /** Loads the GB/T 2260 division tables used to resolve agencies' regions. */
    public ReportParser() {
        this.reader = new ReportReader(new RegionResolver(AdministrativeDivisions.load()));
    }

    /** Parses raw document bytes: UTF-8 or GB18030/GBK (with or without BOM); binary input is refused. */
    public ParseResult parse(byte[] content) {
        try {
            Optional<String> text = TextDecoder.decode(content);
            return text.isPresent() ? parseText(text.get()) : Failures.NOT_TEXT;
        } catch (RuntimeException | StackOverflowError e) {
            return Failures.internalError(e);
        }
    }

    /** Parses report text. Never throws: problems become a {@link ParseResult.Failure}. */
    public ParseResult parseText(String text) {
        if (text == null || text.isBlank()) return Failures.NOT_A_REPORT;
        try {
            return reader.read(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (RuntimeException | StackOverflowError e) {
            return Failures.internalError(e);
        }
    }
}
