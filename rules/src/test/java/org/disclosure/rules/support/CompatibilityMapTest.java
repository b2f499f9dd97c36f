package org.disclosure.rules.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** NFKC by table gives what {@link Normalizer} gives, and the narrative's folding with it what it gave before. */
class CompatibilityMapTest {

    /** Every character the table maps, alone. */
    @Test
    void mapsEveryCharacterOfTheTableAsNormalizerDoes() {
        int mapped = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char m = CompatibilityMap.of((char) c);
            if (!CompatibilityMap.mapped(m)) continue;
            mapped++;
            String alone = String.valueOf((char) c);
            assertEquals(Normalizer.normalize(alone, Normalizer.Form.NFKC), CompatibilityMap.nfkc(alone), "U+" + Integer.toHexString(c));
        }
        // ideographs, ASCII, Latin, full-width forms and the other scripts' letters: most of the BMP
        assertTrue(mapped > 40_000, "only " + mapped + " characters mapped by table");
    }

    /**
     * Random strings of table characters, and of the characters Chinese reports are made of mixed with ones the table
     * leaves to {@link Normalizer} (combining marks, jamo, "㈠", surrogate pairs), markdown and every kind of space.
     */
    @Test
    void normalizesMixedStringsAsNormalizerDoes() {
        List<Character> table = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (CompatibilityMap.mapped(CompatibilityMap.of((char) c))) table.add((char) c);
        }
        String common = "政府信息公开申请件年月日，。；：（）“”、《》【】０１２３４５６７８９ＡＢｃ 　\t\n\u00a0\u200b\ufeff"
                + "abcXYZ0123456789.,;:()[]-—％%*_#`＊＿＃｀①②⑴㈠\u0301\u3099가\u1161\u11a8ㄱㅏ\ud840\udc00é";
        Random random = new Random(20261127);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(random.nextBoolean() ? table.get(random.nextInt(table.size()))
                        : common.charAt(random.nextInt(common.length())));
            }
            String s = text.toString();
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), CompatibilityMap.nfkc(s), () -> codes(s));
            assertEquals(TextNormalizer.foldGenerally(s), TextNormalizer.normalize(s), () -> codes(s));
        }
    }

    /** Every line of the samples, as the parser's paragraphs hold them. */
    @Test
    void foldsTheSamplesAsBefore() throws IOException {
        Path samples = Path.of(System.getProperty("basedir", ".")).resolve("../samples").normalize();
        int lines = 0;
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
                    assertEquals(TextNormalizer.foldGenerally(line), TextNormalizer.normalize(line), line);
                    lines++;
                }
            }
        }
        assertTrue(lines > 100, "samples not found in " + samples);
    }

    private static String codes(String s) {
        StringBuilder codes = new StringBuilder();
        s.chars().forEach(c -> codes.append(String.format("U+%04X ", c)));
        return codes.toString();
    }
}
