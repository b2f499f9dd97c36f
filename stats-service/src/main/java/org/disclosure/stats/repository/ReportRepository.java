package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Marks every other version of the agency's report for the year as superseded. */
    public Uni<Integer> supersedeOthers(Report report) {
        return update("current = false where agency = :agency and year = :year and submissionId <> :id",
                Parameters.with("agency", report.agency).and("year", report.year).and("id", report.submissionId));
    }

    public Uni<List<Report>> page(ReportFilter filter, Page page) {
        return find("from Report r where " + filter.where() + " order by r.year desc, r.agency, r.storedAt desc",
                filter.parameters()).page(page).list();
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
    public Uni<List<Report>> versions(String agency, Integer year, RegionScope viewerScope) {
        ReportFilter visible = new ReportFilter(viewerScope, null, null, null, null, null, true);
        Map<String, Object> parameters = visible.parameters();
        parameters.put("agency", agency);
        parameters.put("year", year);
        return find("from Report r where r.agency = :agency and r.year = :year and " + visible.where()
                + " order by r.storedAt desc", parameters).list();
    }

    /** Counts for the compliance figures in one query; {@code deadlineRule} is the rule that checks publication dates. */
    public Uni<ComplianceCounts> complianceCounts(ReportFilter filter, String deadlineRule) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("deadlineRule", deadlineRule);
        parameters.put("violated", FindingStatus.VIOLATED.label());
        parameters.put("notAssessable", FindingStatus.NOT_ASSESSABLE.label());
        String deadlineFinding = "exists (select 1 from FindingRow f where f.submissionId = r.submissionId"
                + " and f.rule = :deadlineRule and f.status = ";
        return Queries.select(getSession(), "select new org.disclosure.stats.repository.ComplianceCounts(count(r),"
                        + " coalesce(sum(case when r.errorCount = 0 then 1 else 0 end), 0L),"
                        + " coalesce(sum(case when " + deadlineFinding + ":violated) then 1 else 0 end), 0L),"
                        + " coalesce(sum(case when " + deadlineFinding + ":notAssessable) then 1 else 0 end), 0L))"
                        + " from Report r where " + filter.where(), ComplianceCounts.class, parameters)
                .map(List::getFirst);
    }

    /** Region codes that have a current report by their own people's government (人民政府). */
    public Uni<Set<String>> regionsWithGovernmentReport(ReportFilter filter) {
        Map<String, Object> parameters = filter.parameters();
        parameters.put("government", GOVERNMENT_SUFFIX);
        return Queries.select(getSession(), "select distinct r.regionCode from Report r"
                + " where r.agency like :government and " + filter.where(), String.class, parameters)
                .map(HashSet::new);
    }
}
