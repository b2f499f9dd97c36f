package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.disclosure.contracts.findings.FindingStatus;

@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, UUID> {

    /**
     * What a county-level government calls itself; its departments (某某县财政局) share its region code but do not
     * stand in for its own report.
     */
    private static final String GOVERNMENT_SUFFIX = "%人民政府";

    /**
     * The order of an agency's versions: when ingest received them, or when they were stored here for events
     * that do not say. Arrival order at this service is not submission order (retries, replays, partitions).
     */
    private static final String VERSION_AT = "coalesce(r.submittedAt, r.storedAt)";

    /** The summary columns of a list row. */
    private static final String HEADER = "select new org.disclosure.stats.repository.ReportHeader(r.submissionId,"
            + " r.agency, r.regionCode, r.province, r.city, r.county, r.year, r.format, r.publishedOn, r.fileName,"
            + " r.errorCount, r.warningCount, r.infoCount, r.current, r.ruleSetVersion, " + VERSION_AT + ")"
            + " from Report r";

    /**
     * The list's order: newest year first, then agency and version, newest first. The index
     * report_current_list_order (V6, V33) has these columns, so a page reads its rows in order instead of sorting.
     */
    private static final String LIST_ORDER = " order by r.year desc, r.agency, " + VERSION_AT + " desc, r.submissionId";

    /**
     * Takes the agency-year's transaction lock, the same one {@code store_report} takes: a correction decided under
     * it sees the versions as they are and none is placed meanwhile.
     */
    public Uni<Void> lockVersionsOf(String agencyKey, int year) {
        return getSession().flatMap(session -> session
                        .createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(:key), :year)")
                        .setParameter("key", agencyKey).setParameter("year", year).getSingleResult())
                .replaceWithVoid();
    }

    /**
     * A page of the list as summary columns only: report_json and findings_json are large and a list or an
     * export of many thousand rows needs neither.
     */
    public Uni<List<ReportHeader>> page(ReportFilter filter, Page page) {
        if (page.index == 0) {
            return Queries.select(getSession(), HEADER + " where " + filter.where() + LIST_ORDER, ReportHeader.class,
                    filter.parameters(), page);
        }
        // a deferred join (issue 16): the ids of the page first, read from the list's index alone (V33 keeps every
        // column the order and the usual filters need), then the page's rows by id. An OFFSET over the rows
        // themselves fetched and dropped every earlier row (the 300th page of a national year: 15,000), so the
        // planner preferred to scan and sort the whole year.
        return Queries.select(getSession(), "select r.submissionId from Report r where " + filter.where()
                        + LIST_ORDER, UUID.class, filter.parameters(), page)
                .flatMap(ids -> {
                    if (ids.isEmpty()) return Uni.createFrom().item(List.<ReportHeader>of());
                    Map<String, Object> parameters = filter.parameters();
                    parameters.put("pageIds", ids);
                    // the filter again: a row that left it since the ids were read (superseded) is not shown
                    return Queries.select(getSession(), HEADER + " where r.submissionId in :pageIds and "
                            + filter.where() + LIST_ORDER, ReportHeader.class, parameters);
                });
    }

    /**
     * The next {@code size} rows of the list after {@code position} (the first ones when it is null), in the list's
     * order: keyset paging for exports (issue 16). Each of the position's ranges ({@link ListPosition#following}) is
     * read in turn, one statement at a time as a session runs them, until the page is full; each starts at its place
     * in the list's index, so a page costs the same at the end of a national export as at its start.
     */
    public Uni<List<ReportHeader>> pageAfter(ReportFilter filter, ListPosition position, int size) {
        if (position == null) return page(filter, Page.ofSize(size));
        return rangesFrom(filter, position.following(VERSION_AT), 0, size, new ArrayList<>());
    }

    private Uni<List<ReportHeader>> rangesFrom(ReportFilter filter, List<ListPosition.Range> ranges, int next,
            int size, List<ReportHeader> rows) {
        if (next == ranges.size() || rows.size() == size) return Uni.createFrom().item(rows);
        ListPosition.Range range = ranges.get(next);
        Map<String, Object> parameters = filter.parameters();
        parameters.putAll(range.parameters());
        return Queries.select(getSession(), HEADER + " where " + filter.where() + " and " + range.condition()
                        + LIST_ORDER, ReportHeader.class, parameters, 0, size - rows.size())
                .flatMap(read -> {
                    rows.addAll(read);
                    return rangesFrom(filter, ranges, next + 1, size, rows);
                });
    }

    public Uni<Long> count(ReportFilter filter) {
        return count("from Report r where " + filter.where(), filter.parameters());
    }

    /** The report if the viewer may see it, else null: a report outside the scope does not exist for them. */
    public Uni<Report> findVisible(UUID id, RegionScope viewerScope) {
        ReportFilter visible = new ReportFilter(viewerScope, null, null, null, null, null, true);
        Map<String, Object> parameters = visible.parameters();
        parameters.put("id", id);
        return find("from Report r where r.submissionId = :id and " + visible.where(), parameters).firstResult();
    }

    /** Every stored version of the agency's report for the year that the viewer may see, newest first. */
    public Uni<List<Report>> versions(String agencyKey, Integer year, RegionScope viewerScope) {
        ReportFilter visible = new ReportFilter(viewerScope, null, null, null, null, null, true);
        Map<String, Object> parameters = visible.parameters();
        parameters.put("key", agencyKey);
        parameters.put("year", year);
        return find("from Report r where r.agencyKey = :key and r.year = :year and " + visible.where()
                + " order by " + VERSION_AT + " desc, r.storedAt desc", parameters).list();
    }

    /**
     * Counts for the compliance figures; {@code deadlineRule} is the rule that checks publication dates. Three
     * counts, each a join the database does in one pass: a per-report EXISTS on the findings took a second over a
     * national year (issue 16).
     */
    public Uni<ComplianceCounts> complianceCounts(ReportFilter filter, String deadlineRule) {
        Uni<Object[]> totals = Queries.select(getSession(), "select count(r),"
                + " coalesce(sum(case when r.errorCount = 0 then 1 else 0 end), 0L) from Report r where "
                + filter.where(), Object[].class, filter.parameters()).map(List::getFirst);
        return totals.flatMap(counts -> deadlineCount(filter, deadlineRule, FindingStatus.VIOLATED)
                .flatMap(late -> deadlineCount(filter, deadlineRule, FindingStatus.NOT_ASSESSABLE)
                        .map(unknown -> new ComplianceCounts(((Number) counts[0]).longValue(),
                                ((Number) counts[1]).longValue(), late, unknown))));
    }

    /** The selected reports with a finding of the rule in that status. */
    private Uni<Long> deadlineCount(ReportFilter filter, String rule, FindingStatus status) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("deadlineRule", rule);
        parameters.put("deadlineStatus", status.label());
        return Queries.select(getSession(), "select count(distinct r.submissionId) from FindingRow f"
                + " join Report r on r.submissionId = f.submissionId where f.rule = :deadlineRule"
                + " and f.status = :deadlineStatus and " + filter.where(), Long.class, parameters).map(List::getFirst);
    }

    /** Region codes that have a current report by their own people's government (人民政府). */
    public Uni<Set<String>> regionsWithGovernmentReport(ReportFilter filter) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("government", GOVERNMENT_SUFFIX);
        return Queries.select(getSession(), "select distinct r.regionCode from Report r"
                + " where r.agency like :government and " + filter.where(), String.class, parameters)
                .map(HashSet::new);
    }

    /** The current version of the agency's report for the year, if the viewer may see it, else null. */
    public Uni<Report> currentVisible(String agencyKey, int year, RegionScope viewerScope) {
        ReportFilter visible = ReportFilter.current(viewerScope, null, year);
        Map<String, Object> parameters = visible.parameters();
        parameters.put("key", agencyKey);
        return find("from Report r where r.agencyKey = :key and " + visible.where(), parameters).firstResult();
    }

    /** The current reports of the filter's region in either year, as agency keys only (a batch pairs them). */
    public Uni<List<ReportKey>> currentKeys(ReportFilter filter, int leftYear, int rightYear) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("leftYear", leftYear);
        parameters.put("rightYear", rightYear);
        return Queries.select(getSession(), "select new org.disclosure.stats.repository.ReportKey(r.submissionId,"
                + " r.agencyKey, r.agency, r.regionCode, r.year) from Report r where " + filter.where()
                + " and r.year in (:leftYear, :rightYear) order by r.regionCode, r.agencyKey, r.year",
                ReportKey.class, parameters);
    }

    public Uni<List<Report>> byIds(List<UUID> ids) {
        return list("submissionId in ?1", ids);
    }

    /** The current reports of the filter with at least one violation, most errors first, at most {@code limit}. */
    public Uni<List<Report>> withViolations(ReportFilter filter, int limit) {
        return find("from Report r where " + filter.where()
                + " and (r.errorCount > 0 or r.warningCount > 0) order by r.errorCount desc, r.warningCount desc,"
                + " r.regionCode, r.agency", filter.parameters()).page(0, limit).list();
    }
}
