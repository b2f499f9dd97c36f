package org.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./disclosure parse and validate over the project's sample reports, as a user runs them. */
class OfflineCommandsTest {

    private static final Path SAMPLES = Path.of("../samples");
    private static final List<String> CANONICAL_FIELDS =
            List.of("agency", "region", "year", "format", "publishedOn", "sections", "cells");

    @TempDir
    Path out;

    @Test
    void parseWritesOneFileEqualToTheExpectedOnePerSample() throws IOException {
        assertEquals(0, Main.run(new String[] {"parse", SAMPLES.toString(), "--out", out.toString()}));
        for (Path expectedFile : expectedFiles()) {
            JsonNode expected = read(expectedFile);
            JsonNode actual = read(out.resolve(expectedFile.getFileName()));
            for (String field : CANONICAL_FIELDS) {
                assertEquals(expected.get(field), actual.get(field), expectedFile.getFileName() + " " + field);
            }
        }
    }

    @Test
    void validateRaisesWhatEachSampleMustAndNothingItMustNot() throws IOException {
        assertEquals(0, Main.run(new String[] {"validate", SAMPLES.toString(), "--out", out.toString()}));
        for (Path expectedFile : expectedFiles()) {
            JsonNode expected = read(expectedFile).get("findings");
            Set<String> raised = new HashSet<>();
            read(out.resolve(expectedFile.getFileName())).get("findings").forEach(finding -> {
                if (finding.get("status").asText().equals("violated")) raised.add(finding.get("rule").asText());
            });
            expected.get("must").forEach(rule -> assertTrue(raised.contains(rule.asText()),
                    expectedFile.getFileName() + " must raise " + rule.asText() + ", raised " + raised));
            expected.get("mustNot").forEach(rule -> assertFalse(raised.contains(rule.asText()),
                    expectedFile.getFileName() + " must not raise " + rule.asText()));
        }
    }

    @Test
    void aMissingFileFailsAloneWithAClearMessage() throws IOException {
        Path report = SAMPLES.resolve("004_b6a5a2f03b247e6e.txt");
        int exit = Main.run(new String[] {"parse", report.toString(), "no-such-report.txt", "--out", out.toString()});
        assertEquals(1, exit);
        assertTrue(Files.exists(out.resolve("004_b6a5a2f03b247e6e.json")), "the readable file is still parsed");
    }

    @Test
    void unknownCommandsAndMissingArgumentsAreUsageErrors() {
        assertEquals(2, Main.run(new String[] {"frobnicate"}));
        assertEquals(2, Main.run(new String[] {"parse"}));
        assertEquals(2, Main.run(new String[] {"parse", SAMPLES.toString()}));
    }

    private static List<Path> expectedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("expected"))) {
            List<Path> list = files.sorted().toList();
            assertEquals(5, list.size());
            return list;
        }
    }

    private static JsonNode read(Path file) throws IOException {
        return CanonicalJson.mapper().readTree(file.toFile());
    }
}
