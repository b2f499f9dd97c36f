package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The sums per region code and year that the store keeps (migration V5, {@code refresh_region_year_sums}): an
 * indicator table over a nation's 100,000 reports then reads a few thousand rows instead of millions of cells.
 */
@ApplicationScoped
public class AreaSumsRepository {

    /** The year the sums keep for reports whose year is unknown. */
    private static final int UNKNOWN_YEAR = 0;

    /**
     * Recounts the region code and year from its current reports, in the caller's transaction; every version of an
     * agency-year shares both, so one call after storing a version covers whatever it superseded.
     */
    public Uni<Void> refresh(String regionCode, Integer year) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("select 1 from refresh_region_year_sums(cast(:region as bpchar), :year)")
                .setParameter("region", regionCode == null ? "" : regionCode)
                .setParameter("year", year == null ? UNKNOWN_YEAR : year)
                .getSingleResult()).replaceWithVoid();
    }

    /**
     * The sums of the areas the filter selects; only for filters of scope, region and year over current reports
     * ({@link ReportFilter#selectsWholeAreas()}), which is what the sums are kept for.
     */
    public Uni<AreaSums> sums(ReportFilter filter, AreaGrouping grouping) {
        if (!filter.selectsWholeAreas()) {
            throw new IllegalArgumentException("the stored sums hold whole areas of current reports only");
        }
        Map<String, Object> parameters = new HashMap<>();
        String where = filter.areaWhere("s.region_code", "s.report_year", parameters);
        String area = grouping.areaExpression;
        String reportsSql = "select " + area + ", s.report_year, sum(s.reports) from region_year_report s where "
                + where + " group by 1, 2";
        String cellsSql = "select g.area, g.report_year, cast(jsonb_object_agg(g.cell_key,"
                + " jsonb_build_array(g.with_value, g.total)) as text) from (select " + area + " as area,"
                + " s.report_year, s.cell_key, sum(s.with_value) as with_value, sum(s.total) as total"
                + " from region_year_cell s where " + where + " group by 1, 2, 3) g"
                + " where g.area is not null group by g.area, g.report_year";
        // one session runs one statement at a time: the counts, then the cells
        return Panache.getSession().flatMap(session -> select(session, reportsSql, parameters)
                .flatMap(reportRows -> select(session, cellsSql, parameters).map(cellRows -> new AreaSums(
                        reportRows.stream().map(row -> new AreaSums.Reports((String) row[0], year(row[1]),
                                ((Number) row[2]).longValue())).toList(),
                        cellRows.stream().map(row -> new AreaSums.AreaCells((String) row[0], year(row[1]),
                                (String) row[2])).toList()))));
    }

    private static Uni<List<Object[]>> select(Mutiny.Session session, String sql, Map<String, Object> parameters) {
        Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().map(ArrayList::new);
    }

    private static Integer year(Object value) {
        int year = ((Number) value).intValue();
        return year == UNKNOWN_YEAR ? null : year;
    }

}
