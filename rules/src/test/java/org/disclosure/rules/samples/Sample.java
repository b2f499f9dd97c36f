package org.disclosure.rules.samples;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.report.ParsedReport;

/** One sample of /work/main/samples: its text and the expected JSON with findings.must and findings.mustNot. */
record Sample(String name, String text, JsonNode expected) {

    static List<Sample> all() {
        Path dir = directory();
        try (Stream<Path> files = Files.list(dir.resolve("expected"))) {
            List<Sample> samples = new ArrayList<>();
            for (Path json : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = json.getFileName().toString().replace(".json", "");
                samples.add(new Sample(name, Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8),
                        CanonicalJson.mapper().readTree(json.toFile())));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> must() {
        return strings(expected.path("findings").path("must"));
    }

    List<String> mustNot() {
        return strings(expected.path("findings").path("mustNot"));
    }

    /** The expected canonical report (no sources, issues or paragraphs: the JSON does not carry them). */
    ParsedReport expectedReport() {
        try {
            return CanonicalJson.mapper().treeToValue(expected, ParsedReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static Path directory() {
        Path moduleDir = Path.of(System.getProperty("basedir", "."));
        Path samples = moduleDir.resolve("../samples").normalize();
        return Files.isDirectory(samples) ? samples : Path.of("samples");
    }
}
