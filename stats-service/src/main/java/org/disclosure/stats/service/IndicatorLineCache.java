package org.disclosure.stats.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computed rows of indicator tables, each under the version of the stored rows it was computed from: the {@code xmin}
 * of a kept area's sums row, or the ids and {@code xmin}s of a group's reports. Every request reads the versions from
 * the database first and takes a row from here only when its version is the one stored now, so a store through any
 * instance of the service makes the row be computed again at the next request, and a table never mixes in an
 * outdated row. What is kept is per row, not per table: while reports arrive, a national table recomputes only the
 * areas that changed since. Bounded: the least recently used rows go first ({@code stats.indicator-cache.rows},
 * ~3 kB each: 6,000 rows, two national years of counties, are ~18 MB).
 *
 * <p>A map of our own rather than quarkus-cache, which caches a method's result per key with no way to check a
 * version the database gives before taking an entry.
 */
@ApplicationScoped
public class IndicatorLineCache {

    /** A row of a table: the table's kind (level, and whether from kept sums or from reports) and its group. */
    private record Key(String table, Object group) {
    }

    private record Kept(Object version, IndicatorLine line) {
    }

    private final Map<Key, Kept> rows;
    private final int capacity;

    public IndicatorLineCache(@ConfigProperty(name = "stats.indicator-cache.rows", defaultValue = "6000") int capacity) {
        this.capacity = capacity;
        this.rows = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Whether a table of so many rows is kept: not one that would push out most others (a nation's agencies, 30,000
     * rows), which is computed per request instead.
     */
    public boolean keeps(int tableRows) {
        return tableRows * 2L <= capacity;
    }

    /** The row if it was computed from this version of what it is computed from, else null. */
    public synchronized IndicatorLine get(String table, Object group, Object version) {
        Kept kept = rows.get(new Key(table, group));
        return kept != null && kept.version().equals(version) ? kept.line() : null;
    }

    public synchronized void put(String table, Object group, Object version, IndicatorLine line) {
        rows.put(new Key(table, group), new Kept(version, line));
    }
}
