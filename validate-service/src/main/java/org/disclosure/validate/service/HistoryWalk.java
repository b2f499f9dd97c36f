package org.disclosure.validate.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.disclosure.validate.repository.HistoryPages;
import org.disclosure.validate.repository.StoredReport;

/**
 * Goes through the whole stored history one page at a time, each page made of whole agencies (every year and
 * version of each), so that the cross-year rules find an agency's previous year in the same page and memory holds
 * one page, never the history. The agencies come by key ({@code agency_key > last}), then the reports without an
 * agency, which have no history, by submission id.
 */
@ApplicationScoped
public class HistoryWalk {

    private final HistoryPages pages;

    public HistoryWalk(HistoryPages pages) {
        this.pages = pages;
    }

    /** Where a walk stands; one per walk, advanced by {@link #next}. */
    public static final class Cursor {
        private String afterAgency;
        private UUID afterUnkeyed;
        private boolean unkeyed;
        private boolean done;
    }

    public static Cursor start() {
        return new Cursor();
    }

    /** The next page as groups of one agency's reports (by year, then arrival); empty once the history is through. */
    public Uni<List<List<StoredReport>>> next(Cursor cursor, int size) {
        if (cursor.done) return Uni.createFrom().item(List.of());
        if (cursor.unkeyed) return nextUnkeyed(cursor, size);
        return pages.agenciesAfter(cursor.afterAgency, size).flatMap(rows -> {
            if (rows.isEmpty()) {
                cursor.unkeyed = true;
                return nextUnkeyed(cursor, size);
            }
            if (rows.size() < size) {
                cursor.afterAgency = rows.getLast().agencyKey;
                return Uni.createFrom().item(byAgency(rows));
            }
            // a full page may end inside an agency: that agency starts the next page instead
            String trailing = rows.getLast().agencyKey;
            List<StoredReport> whole = withoutAgency(rows, trailing);
            if (whole.isEmpty()) {
                // one agency fills the page: it is read alone, whole (an agency has a report or a few per year)
                cursor.afterAgency = trailing;
                return pages.agency(trailing).map(List::of);
            }
            cursor.afterAgency = whole.getLast().agencyKey;
            return Uni.createFrom().item(byAgency(whole));
        });
    }

    private Uni<List<List<StoredReport>>> nextUnkeyed(Cursor cursor, int size) {
        return pages.unkeyedAfter(cursor.afterUnkeyed, size).map(rows -> {
            if (rows.isEmpty()) {
                cursor.done = true;
                return List.of();
            }
            cursor.afterUnkeyed = rows.getLast().submissionId;
            return rows.stream().map(List::of).toList();
        });
    }

    /** Rows sorted by agency, cut into one list per agency. */
    static List<List<StoredReport>> byAgency(List<StoredReport> rows) {
        List<List<StoredReport>> agencies = new ArrayList<>();
        List<StoredReport> current = null;
        for (StoredReport row : rows) {
            if (current == null || !current.getFirst().agencyKey.equals(row.agencyKey)) {
                current = new ArrayList<>();
                agencies.add(current);
            }
            current.add(row);
        }
        return agencies;
    }

    private static List<StoredReport> withoutAgency(List<StoredReport> rows, String agencyKey) {
        int end = rows.size();
        while (end > 0 && rows.get(end - 1).agencyKey.equals(agencyKey)) end--;
        return rows.subList(0, end);
    }
}
