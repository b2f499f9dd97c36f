package org.disclosure.stats.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a page of the report list ended: the list order's columns of its last row (year newest first, unknown
 * years before all; agency, unknown last; version newest first; submission id). The next page is what follows it
 * (keyset paging, issue 16): each page of a national export starts where the last one ended instead of reading and
 * dropping every row before it, as an OFFSET does.
 */
public record ListPosition(Integer year, String agency, Instant versionAt, UUID submissionId) {

    public static ListPosition of(ReportHeader row) {
        return new ListPosition(row.year(), row.agency(), row.versionAt(), row.submissionId());
    }

    /** Rows of the list as an HQL condition on the report alias {@code r}, with the parameters it names. */
    record Range(String condition, Map<String, Object> parameters) {
    }

    /**
     * The rows after this position as ranges in list order: every row of the first comes before every row of the
     * second, and so on. Each is a range the list's index reads from its start (same year and agency, then later
     * agencies of the year, then the year's unknown agencies, then earlier years) where one condition joined by
     * {@code or} would be a filter over everything from the year's start. {@code versionExpression} is the list's
     * version expression.
     */
    List<Range> following(String versionExpression) {
        String sameYear = year == null ? "r.year is null" : "r.year = :afterYear";
        String sameAgency = agency == null ? "r.agency is null" : "r.agency = :afterAgency";
        Map<String, Object> yearOnly = new HashMap<>();
        if (year != null) yearOnly.put("afterYear", year);
        Map<String, Object> yearAndAgency = new HashMap<>(yearOnly);
        if (agency != null) yearAndAgency.put("afterAgency", agency);
        Map<String, Object> all = new HashMap<>(yearAndAgency);
        all.put("afterVersion", versionAt);
        all.put("afterId", submissionId);
        List<Range> ranges = new ArrayList<>();
        ranges.add(new Range(sameYear + " and " + sameAgency + " and (" + versionExpression + " < :afterVersion or ("
                + versionExpression + " = :afterVersion and r.submissionId > :afterId))", all));
        if (agency != null) {
            ranges.add(new Range(sameYear + " and r.agency > :afterAgency", yearAndAgency));
            ranges.add(new Range(sameYear + " and r.agency is null", yearOnly));
        }
        ranges.add(new Range(year == null ? "r.year is not null" : "r.year < :afterYear", yearOnly));
        return ranges;
    }
}
