package org.disclosure.ingest.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a zip batch entry by entry, refusing what could harm the platform: path traversal, nested archives,
 * oversized entries and zip bombs. A bad entry is refused alone; the others go through.
 *
 * <p>A batch on disk is read twice and never held whole: {@link #survey} inflates and counts every entry, keeping
 * no bytes, so that a bomb is refused before anything is stored; {@link #open} then yields the entries one at a
 * time, so that at most one report of the batch is in memory. Both passes run the same code over the same file
 * and see the same entries with the same verdicts.
 */
public final class ZipBatchReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final List<String> ARCHIVE_SUFFIXES = List.of(".zip", ".rar", ".7z", ".tar", ".gz", ".tgz");

    private final BatchLimits limits;

    public ZipBatchReader(BatchLimits limits) {
        this.limits = limits;
    }

    /** Every entry with its bytes, all in memory (small batches, tests and fuzzing). */
    public List<BatchEntry> read(byte[] zip) {
        try (Entries entries = new Entries(new ByteArrayInputStream(zip))) {
            return all(entries, false);
        }
    }

    /** Every entry with its bytes, the zip read from its file as it unpacks. */
    public List<BatchEntry> read(Path zip) {
        try (Entries entries = open(zip)) {
            return all(entries, false);
        }
    }

    /**
     * The first pass: the whole batch inflated and counted against the limits, every entry's verdict, no bytes
     * kept. Throws {@link InvalidBatchException} for a batch refused whole (not a zip, corrupt, a possible bomb,
     * no files).
     */
    public List<BatchEntry> survey(Path zip) {
        try (Entries entries = open(zip)) {
            return all(entries, true);
        }
    }

    /** The entries of a batch one at a time, each read when asked for; close it when done. */
    public Entries open(Path zip) {
        try {
            return new Entries(new BufferedInputStream(Files.newInputStream(zip)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<BatchEntry> all(Entries entries, boolean dropBytes) {
        List<BatchEntry> all = new ArrayList<>();
        for (BatchEntry entry = entries.next(); entry != null; entry = entries.next()) {
            all.add(dropBytes ? entry.withoutBytes() : entry);
        }
        if (all.isEmpty()) throw new InvalidBatchException("the zip archive holds no files");
        return all;
    }

    /** The files of one batch in archive order, read one at a time; skipped entries are inflated and counted. */
    public final class Entries implements AutoCloseable {

        private final ZipInputStream in;
        private final Inflation inflation = new Inflation(limits.maxTotalBytes());
        private int files;
        private boolean finished;

        private Entries(InputStream zip) {
            try {
                zip.mark(ZIP_MAGIC.length);
                if (!startsWith(zip.readNBytes(ZIP_MAGIC.length), ZIP_MAGIC)) {
                    close(zip);
                    throw new InvalidBatchException("the batch is not a zip archive");
                }
                zip.reset();
            } catch (IOException e) {
                close(zip);
                throw new InvalidBatchException("the batch could not be read");
            }
            // Chinese tools still write GBK names without the UTF-8 flag; Java reads flagged names as UTF-8
            // regardless
            this.in = new ZipInputStream(zip, Charset.forName("GB18030"));
        }

        /** The next file of the batch, accepted with its bytes or refused with its reason; null after the last. */
        public BatchEntry next() {
            if (finished) return null;
            try {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    if (entry.isDirectory() || isSystemFile(name)) {
                        // skipped, but inflated all the same (the next entry lies behind it): its bytes count too
                        drain(in, inflation);
                        continue;
                    }
                    if (files == limits.maxEntries()) {
                        finished = true;
                        return BatchEntry.refused(name, "the batch has more than " + limits.maxEntries()
                                + " files; this one and the rest were not read");
                    }
                    files++;
                    return readEntry(in, name, inflation);
                }
                finished = true;
                return null;
            } catch (IOException | IllegalArgumentException e) {
                finished = true;
                throw new InvalidBatchException("the zip archive is corrupt: " + e.getMessage());
            }
        }

        @Override
        public void close() {
            close(in);
        }

        private static void close(InputStream stream) {
            try {
                stream.close();
            } catch (IOException e) {
                // a temporary file read to its end or abandoned: nothing left to do with it
            }
        }
    }

    private BatchEntry readEntry(ZipInputStream in, String name, Inflation inflation) throws IOException {
        if (isUnsafePath(name)) {
            drain(in, inflation);
            return BatchEntry.refused(name, "unsafe file name (absolute path or '..'); not read");
        }
        if (hasArchiveSuffix(name)) {
            drain(in, inflation);
            return BatchEntry.refused(name, "nested archives are not accepted; send its files in the batch itself");
        }
        // every inflated byte counts against the batch, also those of an entry refused for its size, so that
        // a bomb costs at most the batch limit in CPU, whatever the zip's headers claim
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean oversized = false;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            inflation.add(n);
            if (bytes.size() + n > limits.maxEntryBytes()) oversized = true;
            if (!oversized) bytes.write(buffer, 0, n);
        }
        if (oversized) {
            return BatchEntry.refused(name, "larger than the limit of " + limits.maxEntryBytes() + " bytes per report");
        }
        byte[] content = bytes.toByteArray();
        if (content.length == 0) return BatchEntry.refused(name, "the file is empty");
        if (startsWith(content, ZIP_MAGIC) && !looksLikeOfficeDocument(name)) {
            return BatchEntry.refused(name, "nested archives are not accepted; send its files in the batch itself");
        }
        return BatchEntry.accepted(baseName(name), content);
    }

    /** Inflates the rest of an entry that is not kept, counting every byte against the batch. */
    private static void drain(ZipInputStream in, Inflation inflation) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) inflation.add(n);
    }

    /** Bytes inflated so far in one batch; past the limit the whole batch is refused as a zip bomb. */
    private static final class Inflation {
        private final long limit;
        private long total;

        Inflation(long limit) {
            this.limit = limit;
        }

        void add(int bytes) {
            total += bytes;
            if (total > limit) {
                throw new InvalidBatchException("the batch unpacks to more than " + limit
                        + " bytes and was refused as a possible zip bomb; nothing was stored");
            }
        }
    }

    private static boolean isUnsafePath(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")
                || List.of(normalized.split("/")).contains("..");
    }

    private static boolean isSystemFile(String name) {
        String base = baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.equalsIgnoreCase("Thumbs.db");
    }

    private static boolean hasArchiveSuffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /** DOCX and XLSX files are zip containers themselves and are reports, not nested batches. */
    private static boolean looksLikeOfficeDocument(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".docx") || lower.endsWith(".xlsx") || lower.endsWith(".odt");
    }

    private static String baseName(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
