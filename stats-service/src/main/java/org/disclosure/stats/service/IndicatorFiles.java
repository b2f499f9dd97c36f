package org.disclosure.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The indicator files (CSV, XLSX) last written, per format and table. A file is a function of its table's rows only,
 * and {@link IndicatorTables} answers a table whose rows did not change with the very row objects it answered before
 * (kept per stored version); so the same row objects in the same order mean the same file, which is then sent again
 * instead of being written anew (a workbook of 2,850 rows cost POI a third of a second of CPU). Any changed row is a
 * new object, and the file is written again. Few files are kept ({@value #FILES}); each is a few hundred kB.
 */
@ApplicationScoped
public class IndicatorFiles {

    private static final int FILES = 8;

    private record Written(List<IndicatorLine> rows, byte[] file) {
    }

    private final Map<String, Written> files = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Written> eldest) {
            return size() > FILES;
        }
    };

    /** The file of the rows in the format, written by {@code write} unless the same rows' file is kept. */
    public byte[] file(String format, List<IndicatorLine> rows, Supplier<byte[]> write) {
        String key = format + ":" + identity(rows);
        synchronized (this) {
            Written written = files.get(key);
            if (written != null && sameObjects(written.rows(), rows)) return written.file();
        }
        byte[] file = write.get();
        synchronized (this) {
            files.put(key, new Written(rows, file));
        }
        return file;
    }

    private static long identity(List<IndicatorLine> rows) {
        long hash = rows.size();
        for (IndicatorLine row : rows) hash = hash * 31 + System.identityHashCode(row);
        return hash;
    }

    private static boolean sameObjects(List<IndicatorLine> kept, List<IndicatorLine> rows) {
        if (kept.size() != rows.size()) return false;
        for (int i = 0; i < rows.size(); i++) {
            if (kept.get(i) != rows.get(i)) return false;
        }
        return true;
    }
}
