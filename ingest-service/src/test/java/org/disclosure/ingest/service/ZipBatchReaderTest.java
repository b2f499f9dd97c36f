package org.disclosure.ingest.service;

import static org.disclosure.devstack.TestArchives.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZipBatchReaderTest {

    private final ZipBatchReader reader = new ZipBatchReader(new BatchLimits(10, 1_000, 5_000));

    @Test
    void readsEveryFileUnderItsBaseName() {
        List<BatchEntry> entries = reader.read(zip(Map.of("reports/2021/a.txt", bytes("一、总体情况"))));
        assertEquals(1, entries.size());
        assertEquals("a.txt", entries.get(0).name());
        assertArrayEquals(bytes("一、总体情况"), entries.get(0).bytes());
    }

    @Test
    void refusesPathTraversalNestedArchivesAndEmptyFilesOneByOne() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../etc/evil.txt", bytes("x"));
        files.put("inner.zip", zip(Map.of("b.txt", bytes("y"))));
        files.put("disguised.txt", zip(Map.of("c.txt", bytes("z"))));
        files.put("empty.txt", new byte[0]);
        files.put("good.txt", bytes("ok"));
        List<BatchEntry> entries = reader.read(zip(files));
        assertEquals(5, entries.size());
        assertTrue(entries.get(0).problem().contains("unsafe file name"));
        assertTrue(entries.get(1).problem().contains("nested archives"));
        assertTrue(entries.get(2).problem().contains("nested archives"));
        assertTrue(entries.get(3).problem().contains("empty"));
        assertTrue(entries.get(4).isAccepted());
    }

    @Test
    void refusesAnOversizedEntryAlone() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("big.txt", new byte[1_001]);
        files.put("small.txt", new byte[900]);
        List<BatchEntry> entries = reader.read(zip(files));
        assertTrue(entries.get(0).problem().contains("larger than the limit"));
        assertTrue(entries.get(1).isAccepted());
    }

    @Test
    void refusesTheWholeBatchWhenItUnpacksToMoreThanTheLimit() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // zeros compress to almost nothing: the archive is small, what it unpacks to is not
        for (int i = 0; i < 6; i++) files.put("part" + i + ".txt", new byte[900]);
        InvalidBatchException bomb = assertThrows(InvalidBatchException.class, () -> reader.read(zip(files)));
        assertTrue(bomb.getMessage().contains("zip bomb"));
    }

    @Test
    void countsTheBytesOfRefusedEntriesToo() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) files.put("huge" + i + ".txt", new byte[1_500]);
        assertThrows(InvalidBatchException.class, () -> reader.read(zip(files)));
    }

    @Test
    void countsTheBytesOfSkippedEntriesToo() {
        // __MACOSX/ metadata, hidden files, directories' neighbours and nested archives are skipped, not kept,
        // but a deflate bomb among them is inflated all the same to reach the next entry
        for (String skipped : List.of("__MACOSX/._a.txt", ".hidden", "Thumbs.db", "inner.zip", "../evil.txt")) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(skipped, new byte[6_000]);
            files.put("good.txt", bytes("ok"));
            InvalidBatchException bomb = assertThrows(InvalidBatchException.class, () -> reader.read(zip(files)),
                    skipped);
            assertTrue(bomb.getMessage().contains("zip bomb"), skipped);
        }
    }

    @Test
    void readsTheBatchFromItsFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("batch.zip");
        java.nio.file.Files.write(file, zip(Map.of("a.txt", bytes("一、总体情况"))));
        assertArrayEquals(bytes("一、总体情况"), reader.read(file).get(0).bytes());
    }

    @Test
    void surveysTheWholeBatchWithoutKeepingItsBytesThenYieldsTheSameEntriesOneAtATime(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a.txt", bytes("一、总体情况"));
        files.put("../evil.txt", bytes("x"));
        files.put("__MACOSX/._a.txt", bytes("metadata"));
        files.put("b.txt", bytes("二、主动公开政府信息情况"));
        java.nio.file.Path file = dir.resolve("batch.zip");
        java.nio.file.Files.write(file, zip(files));

        List<BatchEntry> surveyed = reader.survey(file);
        assertEquals(List.of("a.txt", "../evil.txt", "b.txt"), surveyed.stream().map(BatchEntry::name).toList());
        assertTrue(surveyed.stream().allMatch(entry -> entry.bytes() == null));
        assertTrue(surveyed.get(0).isAccepted() && !surveyed.get(1).isAccepted() && surveyed.get(2).isAccepted());

        try (ZipBatchReader.Entries entries = reader.open(file)) {
            assertArrayEquals(bytes("一、总体情况"), entries.next().bytes());
            assertEquals(surveyed.get(1), entries.next());
            assertArrayEquals(bytes("二、主动公开政府信息情况"), entries.next().bytes());
            assertEquals(null, entries.next());
            assertEquals(null, entries.next());
        }
    }

    @Test
    void keepsNoEntryOnceTheNextIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) files.put("report-" + i + ".txt", bytes("第" + i + "份"));
        java.nio.file.Path file = dir.resolve("batch.zip");
        java.nio.file.Files.write(file, zip(files));
        try (ZipBatchReader.Entries entries = reader.open(file)) {
            java.lang.ref.WeakReference<byte[]> first = new java.lang.ref.WeakReference<>(entries.next().bytes());
            assertArrayEquals(bytes("第1份"), entries.next().bytes());
            for (int i = 0; i < 50 && first.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertEquals(null, first.get(), "the reader holds an entry it has yielded");
        }
    }

    @Test
    void aSurveyRefusesABombBeforeAnyEntryIsYielded(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("good.txt", bytes("ok"));
        for (int i = 0; i < 6; i++) files.put("part" + i + ".txt", new byte[900]);
        java.nio.file.Path file = dir.resolve("bomb.zip");
        java.nio.file.Files.write(file, zip(files));
        assertTrue(assertThrows(InvalidBatchException.class, () -> reader.survey(file)).getMessage()
                .contains("zip bomb"));
    }

    @Test
    void rejectsAnythingThatIsNotAZip() {
        assertThrows(InvalidBatchException.class, () -> reader.read(bytes("plain text")));
        assertThrows(InvalidBatchException.class, () -> reader.read(new byte[] {'P', 'K', 3, 4, 0, 0, 0}));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
