package org.disclosure.validate.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.disclosure.contracts.report.CellSource;

/**
 * A report's cell sources (raw text and location of each of its ~230 cells), read from the stored JSON only when
 * first asked for: the rules read a source only for a cell named in a finding, so a report without such findings
 * never pays for reading them, which was a third of decoding a report. Holds the stored JSON until then; reads it
 * whole on first use, into the map data binding gives (same entries, same order). Not for sharing between threads
 * before first use: a decoded report is validated on the thread that decoded it.
 */
final class LazySources extends AbstractMap<String, CellSource> {

    private final byte[] json;
    private final int offset;
    private final int length;
    private Map<String, CellSource> read;

    /** {@code json[offset, offset + length)}: the JSON object of the sources. */
    LazySources(byte[] json, int offset, int length) {
        this.json = json;
        this.offset = offset;
        this.length = length;
    }

    private Map<String, CellSource> sources() {
        if (read == null) {
            try {
                read = ParsedReportReader.sources(json, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException("stored cell sources are not readable", e);
            }
        }
        return read;
    }

    @Override
    public CellSource get(Object key) {
        return sources().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return sources().containsKey(key);
    }

    @Override
    public int size() {
        return sources().size();
    }

    @Override
    public boolean isEmpty() {
        return sources().isEmpty();
    }

    @Override
    public Set<String> keySet() {
        return sources().keySet();
    }

    @Override
    public Collection<CellSource> values() {
        return sources().values();
    }

    @Override
    public Set<Entry<String, CellSource>> entrySet() {
        return sources().entrySet();
    }
}
