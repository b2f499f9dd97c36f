package org.disclosure.rules.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShinglesTest {

    /** Y03 compares hashed shingles; they must give exactly the shares the shingles themselves give. */
    @Test
    void hashedShinglesGiveTheSameContainmentAsTheShinglesThemselves() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().map(ShinglesTest::read)
                    .map(Shingles::fold).toList();
        }
        List<String> variants = Stream.concat(texts.stream(), Stream.of(texts.getFirst().substring(0, 300),
                texts.get(1).replace("政府", "机关"), "短文本", "")).toList();
        for (String part : variants) {
            for (String whole : variants) {
                assertEquals(Shingles.containment(Shingles.of(part), Shingles.of(whole)),
                        Shingles.containment(part, Shingles.hashes(whole)), 0.0);
            }
            assertEquals(Shingles.of(part).size(), Shingles.hashes(part).size(), "one hash per distinct shingle");
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
