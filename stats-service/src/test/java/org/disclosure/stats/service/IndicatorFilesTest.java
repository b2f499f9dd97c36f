package org.disclosure.stats.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A file is written again unless its table is the very same row objects in the same order. */
class IndicatorFilesTest {

    private final IndicatorFiles files = new IndicatorFiles();
    private final AtomicInteger writes = new AtomicInteger();

    @Test
    void theSameRowObjectsGiveTheKeptFileOtherRowsANewOne() {
        IndicatorLine harbin = line("230100", 3);
        IndicatorLine qiqihar = line("230200", 5);
        byte[] first = files.file("indicators.csv", List.of(harbin, qiqihar), this::write);
        assertArrayEquals(first, files.file("indicators.csv", new ArrayList<>(List.of(harbin, qiqihar)), this::write));
        assertEquals(1, writes.get(), "the same rows: the kept file");

        files.file("indicators.xlsx", List.of(harbin, qiqihar), this::write);
        assertEquals(2, writes.get(), "another format");
        files.file("indicators.csv", List.of(qiqihar, harbin), this::write);
        assertEquals(3, writes.get(), "another order");
        files.file("indicators.csv", List.of(harbin, line("230200", 5)), this::write);
        assertEquals(4, writes.get(), "an equal row computed anew (its area was stored in) is another object");
        files.file("indicators.csv", List.of(harbin), this::write);
        assertEquals(5, writes.get(), "fewer rows");
    }

    private byte[] write() {
        return ("file " + writes.incrementAndGet()).getBytes();
    }

    private static IndicatorLine line(String code, int reports) {
        return new IndicatorLine(code, null, null, 2029, reports, Map.of("denial_rate", BigDecimal.ONE), new byte[0]);
    }
}
