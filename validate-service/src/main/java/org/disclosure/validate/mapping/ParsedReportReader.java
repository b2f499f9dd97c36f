package org.disclosure.validate.mapping;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParseIssue;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.contracts.report.SourceLocation;
import org.disclosure.messaging.RawJsonField;

/**
 * Reads a stored report's canonical JSON straight from its UTF-8 bytes with Jackson's streaming parser into the same
 * {@link ParsedReport} as {@code CanonicalJson.mapper().readValue(json, ParsedReport.class)} gives
 * (ParsedReportReaderTest compares them on generated histories and the samples): data binding builds each of a
 * report's ~230 cell sources and their locations through a property buffer and a reflective constructor call, which
 * made decoding a third of re-validation's CPU inside the JVM. Maps keep the JSON's order (LinkedHashMap, as data
 * binding does); the rare parts (region, parse issues) and any shape this reader does not expect go to data binding.
 */
final class ParsedReportReader {

    private static final ObjectMapper MAPPER = CanonicalJson.mapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();
    private static final TypeReference<List<ParseIssue>> ISSUES = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, BigDecimal>> CELLS = new TypeReference<>() { };
    private static final TypeReference<Map<String, CellSource>> SOURCES = new TypeReference<>() { };
    private static final TypeReference<List<Paragraph>> PARAGRAPHS = new TypeReference<>() { };

    private ParsedReportReader() {
    }

    private static final byte[] NULL = "null".getBytes(StandardCharsets.UTF_8);

    /**
     * The report, its cell sources read only when first asked for ({@link LazySources}): their object is cut out of
     * the JSON by a scan of its bytes (braces and quotes), the rest read by the parser.
     */
    static ParsedReport read(byte[] json) throws IOException {
        int[] sources = RawJsonField.range(json, "sources");
        if (sources == null) return read(json, null);
        byte[] rest = new byte[json.length - (sources[1] - sources[0]) + NULL.length];
        System.arraycopy(json, 0, rest, 0, sources[0]);
        System.arraycopy(NULL, 0, rest, sources[0], NULL.length);
        System.arraycopy(json, sources[1], rest, sources[0] + NULL.length, json.length - sources[1]);
        return read(rest, new LazySources(json, sources[0], sources[1] - sources[0]));
    }

    /** The cell sources alone: {@code json[offset, offset + length)} is their JSON object. */
    static Map<String, CellSource> sources(byte[] json, int offset, int length) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json, offset, length)) {
            parser.nextToken();
            return sources(parser);
        }
    }

    private static ParsedReport read(byte[] json, Map<String, CellSource> lazySources) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) return MAPPER.readValue(json, ParsedReport.class);
            String agency = null;
            Region region = null;
            Integer year = null;
            FormatVersion format = null;
            LocalDate publishedOn = null;
            List<String> sections = null;
            Map<String, BigDecimal> cells = null;
            Map<String, CellSource> sources = null;
            List<ParseIssue> issues = null;
            List<Paragraph> paragraphs = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) continue;
                switch (field) {
                    case "agency" -> agency = parser.getValueAsString();
                    case "region" -> region = MAPPER.readValue(parser, Region.class);
                    case "year" -> year = integer(parser, value);
                    case "format" -> format = value == JsonToken.VALUE_STRING ? FormatVersion.of(parser.getText())
                            : MAPPER.readValue(parser, FormatVersion.class);
                    case "publishedOn" -> publishedOn = value == JsonToken.VALUE_STRING && parser.getTextLength() == 10
                            ? LocalDate.parse(parser.getText()) : MAPPER.readValue(parser, LocalDate.class);
                    case "sections" -> sections = strings(parser);
                    case "cells" -> cells = cells(parser);
                    case "sources" -> sources = sources(parser);
                    case "issues" -> issues = MAPPER.readValue(parser, ISSUES);
                    case "paragraphs" -> paragraphs = paragraphs(parser);
                    default -> parser.skipChildren();
                }
            }
            return new ParsedReport(agency, region, year, format, publishedOn, sections, cells,
                    lazySources != null ? lazySources : sources, issues, paragraphs);
        }
    }

    private static List<String> strings(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) return MAPPER.readValue(parser, STRINGS);
        List<String> strings = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            strings.add(parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
        }
        return strings;
    }

    private static Map<String, BigDecimal> cells(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) return MAPPER.readValue(parser, CELLS);
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            cells.put(key, switch (value) {
                case VALUE_NULL -> null;
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
                default -> MAPPER.readValue(parser, BigDecimal.class);
            });
        }
        return cells;
    }

    private static Map<String, CellSource> sources(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) return MAPPER.readValue(parser, SOURCES);
        Map<String, CellSource> sources = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            sources.put(key, parser.nextToken() == JsonToken.VALUE_NULL ? null : source(parser));
        }
        return sources;
    }

    private static CellSource source(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) return MAPPER.readValue(parser, CellSource.class);
        String raw = null;
        SourceLocation location = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            if (parser.nextToken() == JsonToken.VALUE_NULL) continue;
            switch (field) {
                case "raw" -> raw = parser.getValueAsString();
                case "location" -> location = location(parser);
                default -> parser.skipChildren();
            }
        }
        return new CellSource(raw, location);
    }

    private static SourceLocation location(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) return MAPPER.readValue(parser, SourceLocation.class);
        Integer page = null;
        Integer line = null;
        Integer column = null;
        String cell = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_NULL) continue;
            switch (field) {
                case "page" -> page = integer(parser, value);
                case "line" -> line = integer(parser, value);
                case "column" -> column = integer(parser, value);
                case "cell" -> cell = parser.getValueAsString();
                default -> parser.skipChildren();
            }
        }
        return new SourceLocation(page, line, column, cell);
    }

    private static List<Paragraph> paragraphs(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) return MAPPER.readValue(parser, PARAGRAPHS);
        List<Paragraph> paragraphs = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                paragraphs.add(MAPPER.readValue(parser, Paragraph.class));
                continue;
            }
            String section = null;
            int line = 0;
            String text = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) continue;
                switch (field) {
                    case "section" -> section = parser.getValueAsString();
                    case "line" -> line = integer(parser, value);
                    case "text" -> text = parser.getValueAsString();
                    default -> parser.skipChildren();
                }
            }
            paragraphs.add(new Paragraph(section, line, text));
        }
        return paragraphs;
    }

    private static Integer integer(JsonParser parser, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : MAPPER.readValue(parser, Integer.class);
    }
}
