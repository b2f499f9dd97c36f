package org.disclosure.stats.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
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
     * The sums of the areas the filter selects; only for filters of scope, region and year over current reports
     * ({@link ReportFilter#selectsWholeAreas()}), which is what the sums are kept for.
     */
    public Uni<AreaSums> sums(ReportFilter filter, AreaGrouping grouping) {
        if (!filter.selectsWholeAreas()) {
            throw new IllegalArgumentException("the stored sums hold whole areas of current reports only");
        }
        String level = grouping.keptAreaLevel(filter);
        return level != null && grouping != AreaGrouping.NONE ? kept(filter, level) : added(filter, grouping, level);
    }

    /**
     * The level of the kept rows that answer the grouping for the filter ({@link AreaGrouping#keptAreaLevel}), or
     * null when the sums per region code must be added up; only for filters of whole areas.
     */
    public String keptLevel(ReportFilter filter, AreaGrouping grouping) {
        return filter.selectsWholeAreas() && grouping != AreaGrouping.NONE ? grouping.keptAreaLevel(filter) : null;
    }

    /**
     * The kept rows of the level the filter selects, their area, year, reports and version only: no sums, which are
     * the bulk of a row (a nation's counties: 2,850 rows, ~3 MB of sums). What a cache of computed rows checks.
     */
    public Uni<List<KeptArea>> keptVersions(ReportFilter filter, String level) {
        return keptRows(filter, level, null, false);
    }

    /**
     * The kept rows of the level the filter selects with their sums and versions; only those of {@code keys} ({@link
     * KeptArea#key()}) unless it is null.
     */
    public Uni<List<KeptArea>> keptAreas(ReportFilter filter, String level, Collection<String> keys) {
        return keptRows(filter, level, keys, true);
    }

    private Uni<List<KeptArea>> keptRows(ReportFilter filter, String level, Collection<String> keys, boolean withSums) {
        Map<String, Object> parameters = new HashMap<>();
        String code = level.equals("county") ? "s.region_code" : "s.area_code";
        String sql = "select " + code + ", s.report_year, s.reports, cast(cast(s.xmin as text) as bigint)"
                + (withSums ? ", s.sums" : "") + (level.equals("county")
                        ? " from region_year_report s where s.region_code <> '' and s.region_code not like '____00'"
                        : " from area_year_report s where s.area_level = '" + level + "' and s.reports > 0")
                + " and " + filter.areaWhere(code, "s.report_year", parameters);
        if (keys != null) {
            sql += " and (" + code + " || ':' || s.report_year) = any(string_to_array("
                    + ":keys, ','))";
            parameters.put("keys", String.join(",", keys));
        }
        String query = sql;
        return Panache.getSession().flatMap(session -> select(session, query, parameters)).map(rows -> rows.stream()
                .map(row -> new KeptArea((String) row[0], year(row[1]), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue(), withSums ? (String) row[4] : null))
                .toList());
    }

    /**
     * One row per area as the store keeps it, with its cells' JSON: nothing left to add up (issue 16; grouping the
     * cells of 3,000 counties per request took seconds). A county is a region code that is no city's or province's.
     */
    private Uni<AreaSums> kept(ReportFilter filter, String level) {
        Map<String, Object> parameters = new HashMap<>();
        String sql = level.equals("county")
                ? "select s.region_code, s.report_year, s.reports, s.sums from region_year_report s"
                        + " where s.region_code <> '' and s.region_code not like '____00' and "
                        + filter.areaWhere("s.region_code", "s.report_year", parameters)
                : "select s.area_code, s.report_year, s.reports, s.sums from area_year_report s"
                        + " where s.area_level = '" + level + "' and s.reports > 0 and "
                        + filter.areaWhere("s.area_code", "s.report_year", parameters);
        return Panache.getSession().flatMap(session -> select(session, sql, parameters)).map(rows -> new AreaSums(
                rows.stream().map(row -> new AreaSums.Reports((String) row[0], year(row[1]),
                        ((Number) row[2]).longValue())).toList(),
                rows.stream().map(row -> new AreaSums.AreaCells((String) row[0], year(row[1]), (String) row[3]))
                        .toList()));
    }

    /**
     * The sums of the region codes (or of the kept cities or provinces, for the year-by-year totals) added up per area
     * of the grouping: for filters narrower than the kept areas, and for trends.
     */
    private Uni<AreaSums> added(ReportFilter filter, AreaGrouping grouping, String level) {
        Map<String, Object> parameters = new HashMap<>();
        String where = filter.areaWhere("s.region_code", "s.report_year", parameters);
        String area = grouping.areaExpression;
        String reportSource = level == null ? "region_year_report" : keptAreas("report_year, reports",
                "area_year_report", level, "region_year_report");
        String cellSource = level == null ? "region_year_cell" : keptAreas("report_year, cell_key, with_value, total",
                "area_year_cell", level, "region_year_cell");
        String reportsSql = "select " + area + ", s.report_year, sum(s.reports) from " + reportSource + " s where "
                + where + " group by 1, 2";
        String cellsSql = "select g.area, g.report_year, cast(jsonb_object_agg(g.cell_key,"
                + " jsonb_build_array(g.with_value, g.total)) as text) from (select " + area + " as area,"
                + " s.report_year, s.cell_key, sum(s.with_value) as with_value, sum(s.total) as total"
                + " from " + cellSource + " s where " + where + " group by 1, 2, 3) g"
                + " where g.area is not null group by g.area, g.report_year";
        // one session runs one statement at a time: the counts, then the cells
        return Panache.getSession().flatMap(session -> select(session, reportsSql, parameters)
                .flatMap(reportRows -> select(session, cellsSql, parameters).map(cellRows -> new AreaSums(
                        reportRows.stream().map(row -> new AreaSums.Reports((String) row[0], year(row[1]),
                                ((Number) row[2]).longValue())).toList(),
                        cellRows.stream().map(row -> new AreaSums.AreaCells((String) row[0], year(row[1]),
                                (String) row[2])).toList()))));
    }

    /**
     * The sums kept per city or province in the columns of the sums per region code (the area's code standing for
     * the region code), plus the reports of an unknown region, which belong to no area but count in a year's total.
     * An area whose reports were all superseded elsewhere keeps a row of zero reports: it is left out.
     */
    private static String keptAreas(String columns, String table, String level, String regionTable) {
        return "(select area_code as region_code, " + columns + " from " + table + " where area_level = '" + level
                + "'" + (table.equals("area_year_report") ? " and reports > 0" : "")
                + " union all select region_code, " + columns + " from " + regionTable + " where region_code = '')";
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
