package org.disclosure.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.contracts.report.ParsedReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What ingest checks a submitter against: the region a whole parse would find, read from the title block alone. */
class RegionReadingTest {

    private static final ReportParser PARSER = new ReportParser();

    static Stream<String> documents() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            files.filter(Files::isRegularFile).map(file -> "samples:" + file.getFileName()).sorted().forEach(names::add);
        }
        Path documents = Path.of("src/test/resources/documents");
        try (Stream<Path> files = Files.walk(documents)) {
            files.filter(Files::isRegularFile).map(file -> "documents:" + documents.relativize(file).toString().replace('\\', '/'))
                    .sorted().forEach(names::add);
        }
        return names.stream();
    }

    private static byte[] bytes(String name) {
        try {
            String[] place = name.split(":", 2);
            if (place[0].equals("samples")) return Files.readAllBytes(Path.of("../samples", place[1]));
            try (InputStream in = RegionReadingTest.class.getResourceAsStream("/documents/" + place[1])) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void findsTheRegionOfTheWholeParse(String name) {
        byte[] document = bytes(name);
        ParsedReport parsed = assertInstanceOf(ParseResult.Success.class, PARSER.parse(document)).report();
        RegionReading reading = PARSER.readRegion(document);
        assertNotNull(parsed.region(), name + ": the samples all name their region");
        assertEquals(parsed.region(), reading.region(), name);
        assertNull(reading.whyNot(), name);
    }

    @Test
    void aReportWithoutTablesStillNamesItsRegion() throws IOException {
        String sample = Files.readString(Path.of("../samples").resolve(documents().filter(n -> n.startsWith("samples:"))
                .findFirst().orElseThrow().substring("samples:".length())));
        String titleBlock = String.join("\n", sample.lines().limit(6).toList());
        ParseResult parsed = PARSER.parse(titleBlock.getBytes(StandardCharsets.UTF_8));
        RegionReading reading = PARSER.readRegion(titleBlock.getBytes(StandardCharsets.UTF_8));
        assertInstanceOf(ParseResult.Failure.class, parsed, "no tables: parse-service fails it");
        assertEquals(PARSER.readRegion(sample.getBytes(StandardCharsets.UTF_8)).region(), reading.region());
    }

    @Test
    void whatIsNotAReportHasNoRegionAndSaysWhy() {
        assertEquals(Failures.NOT_A_REPORT.reasonEn(), PARSER.readRegion("今天天气很好。".getBytes(StandardCharsets.UTF_8)).whyNot());
        RegionReading binary = PARSER.readRegion(new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        assertNull(binary.region());
        assertNotNull(binary.whyNot());
        RegionReading empty = PARSER.readRegion(new byte[0]);
        assertNull(empty.region());
        assertNotNull(empty.whyNot());
    }
}
