package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.disclosure.stats.mapping.IndicatorRowWriter;
import org.disclosure.stats.repository.AreaGrouping;
import org.disclosure.stats.repository.AreaSums;
import org.disclosure.stats.repository.AreaSumsRepository;
import org.disclosure.stats.repository.KeptArea;
import org.disclosure.stats.repository.ReportCellRepository;
import org.disclosure.stats.repository.ReportFacts;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.VersionedInput;
import org.disclosure.stats.service.IndicatorAggregator.Group;

/**
 * Indicator tables as the API answers them (issue 16: a table of every county of a nation is 2,850 rows, 5 MB of
 * JSON, and summing, computing and serialising it took most of a second of CPU per request). Each row is computed
 * once per version of what it is computed from and kept rendered ({@link IndicatorLineCache}): a request reads the
 * versions first — of the kept sums rows of the table's areas, or of the selected reports — without the sums or
 * inputs, then the sums or inputs of the rows whose version is not cached, and computes those as {@link
 * IndicatorService#byLevel} does. When nothing changed a table costs a small read and a copy; while reports arrive,
 * the rows of the areas they changed.
 */
@ApplicationScoped
public class IndicatorTables {

    private final AreaSumsRepository sums;
    private final ReportCellRepository reports;
    private final IndicatorAggregator aggregator;
    private final IndicatorLineCache cache;
    private final IndicatorRowWriter writer;

    public IndicatorTables(AreaSumsRepository sums, ReportCellRepository reports, IndicatorAggregator aggregator,
            IndicatorLineCache cache, IndicatorRowWriter writer) {
        this.sums = sums;
        this.reports = reports;
        this.aggregator = aggregator;
        this.cache = cache;
        this.writer = writer;
    }

    /** The table's rows in the order of {@link IndicatorService#byLevel}, delivered on a worker thread. */
    public Uni<List<IndicatorLine>> table(ReportFilter filter, AggregationLevel level) {
        if (level == AggregationLevel.AGENCY || !filter.selectsWholeAreas()) return fromReports(filter, level);
        AreaGrouping grouping = level.areaGrouping();
        String kept = sums.keptLevel(filter, grouping);
        if (kept != null) return fromKeptSums(filter, kept, grouping);
        // a scope narrower than the kept areas (a city's supervisor asking for provinces): added up per request
        return Panache.withSession(() -> sums.sums(filter, grouping)).emitOn(Workers.pool())
                .map(areas -> aggregator.fromSums(areas, grouping, null).stream().map(writer::line).toList());
    }

    /**
     * What a table's reads found: its rows' groups (of the versions read first, or of the second read when it read
     * the whole table again), the rows cached at their versions, and what was read for the others.
     */
    private record Read<T>(Collection<Group> groups, Map<Group, IndicatorLine> cached, List<T> fresh) {
    }

    private Uni<List<IndicatorLine>> fromKeptSums(ReportFilter filter, String kept, AreaGrouping grouping) {
        String table = "sums/" + kept;
        return Panache.withSession(() -> sums.keptVersions(filter, kept).flatMap(versions -> {
            Map<Group, IndicatorLine> cached = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (KeptArea area : versions) {
                IndicatorLine line = cache.get(table, group(area), area.version());
                if (line != null) cached.put(group(area), line);
                else missing.add(area.key());
            }
            if (missing.isEmpty()) {
                return Uni.createFrom().item(new Read<KeptArea>(groups(versions), cached, List.of()));
            }
            // most of the table changed (or was never asked for): read it whole rather than by a list of keys
            boolean whole = missing.size() * 2 > versions.size();
            return sums.keptAreas(filter, kept, whole ? null : missing).map(fresh -> whole
                    ? new Read<KeptArea>(groups(fresh), Map.of(), fresh)
                    : new Read<KeptArea>(groups(versions), cached, fresh));
        })).emitOn(Workers.pool()).map(read -> {
            Map<Group, IndicatorLine> lines = new HashMap<>(read.cached());
            if (!read.fresh().isEmpty()) {
                Map<Group, Long> versions = new HashMap<>();
                read.fresh().forEach(area -> versions.put(group(area), area.version()));
                AreaSums fresh = new AreaSums(
                        read.fresh().stream().map(area -> new AreaSums.Reports(area.areaCode(), area.year(),
                                area.reports())).toList(),
                        read.fresh().stream().map(area -> new AreaSums.AreaCells(area.areaCode(), area.year(),
                                area.sums())).toList());
                boolean keep = cache.keeps(read.groups().size());
                for (IndicatorRow row : aggregator.fromSums(fresh, grouping, null)) {
                    Group group = new Group(row.regionCode(), null, row.year());
                    IndicatorLine line = writer.line(row);
                    if (keep) cache.put(table, group, versions.get(group), line);
                    lines.put(group, line);
                }
            }
            return inOrder(read.groups(), lines);
        });
    }

    private Uni<List<IndicatorLine>> fromReports(ReportFilter filter, AggregationLevel level) {
        String table = "reports/" + level.label();
        return Panache.withSession(() -> reports.inputVersions(filter).flatMap(versions -> {
            Map<Group, String> versionOf = versionsByGroup(versions, level);
            Map<Group, IndicatorLine> cached = new HashMap<>();
            Set<Group> missingGroups = new HashSet<>();
            versionOf.forEach((group, version) -> {
                IndicatorLine line = cache.get(table, group, version);
                if (line != null) cached.put(group, line);
                else missingGroups.add(group);
            });
            if (missingGroups.isEmpty()) {
                return Uni.createFrom().item(new Read<VersionedInput>(versionOf.keySet(), cached, List.of()));
            }
            List<UUID> missing = versions.stream().filter(report -> missingGroups.contains(group(report, level)))
                    .map(VersionedInput::submissionId).toList();
            boolean whole = missing.size() * 2 > versions.size();
            return reports.versionedInputs(filter, whole ? null : missing).map(fresh -> whole
                    ? new Read<VersionedInput>(versionsByGroup(fresh, level).keySet(), Map.of(), fresh)
                    : new Read<VersionedInput>(versionOf.keySet(), cached, fresh));
        })).emitOn(Workers.pool()).map(read -> {
            Map<Group, IndicatorLine> lines = new HashMap<>(read.cached());
            if (!read.fresh().isEmpty()) {
                Map<Group, String> versions = versionsByGroup(read.fresh(), level);
                List<ReportFacts> facts = ReportFacts.byReport(read.fresh().stream().map(VersionedInput::input)
                        .toList());
                boolean keep = cache.keeps(read.groups().size());
                for (IndicatorRow row : aggregator.byLevel(facts, level)) {
                    Group group = new Group(row.regionCode(), row.agency(), row.year());
                    IndicatorLine line = writer.line(row);
                    if (keep) cache.put(table, group, versions.get(group), line);
                    lines.put(group, line);
                }
            }
            return inOrder(read.groups(), lines);
        });
    }

    /**
     * A group's version: its reports' ids and row versions, in id order. A report stored, superseded or re-validated
     * in the group, or one leaving it, changes it.
     */
    private static Map<Group, String> versionsByGroup(List<VersionedInput> reports, AggregationLevel level) {
        Map<Group, List<VersionedInput>> members = new HashMap<>();
        for (VersionedInput report : reports) {
            Group group = group(report, level);
            if (group != null) members.computeIfAbsent(group, ignored -> new ArrayList<>(1)).add(report);
        }
        Map<Group, String> versions = new HashMap<>(members.size() * 2);
        members.forEach((group, list) -> versions.put(group, list.size() == 1
                ? list.getFirst().submissionId() + ":" + list.getFirst().version()
                : list.stream().sorted(Comparator.comparing(VersionedInput::submissionId))
                        .map(report -> report.submissionId() + ":" + report.version())
                        .collect(Collectors.joining(","))));
        return versions;
    }

    private static List<IndicatorLine> inOrder(Collection<Group> groups, Map<Group, IndicatorLine> lines) {
        List<Group> ordered = new ArrayList<>(groups);
        ordered.sort(IndicatorAggregator.GROUP_ORDER);
        List<IndicatorLine> table = new ArrayList<>(ordered.size());
        for (Group group : ordered) {
            // a row that disappeared between the two reads (its reports superseded elsewhere) is left out
            IndicatorLine line = lines.get(group);
            if (line != null) table.add(line);
        }
        return table;
    }

    private static Group group(KeptArea area) {
        return new Group(area.areaCode(), null, area.year());
    }

    private static List<Group> groups(List<KeptArea> areas) {
        return areas.stream().map(IndicatorTables::group).distinct().toList();
    }

    private static Group group(VersionedInput report, AggregationLevel level) {
        return Group.of(new ReportFacts(report.submissionId(), report.regionCode(), report.agency(), report.year(),
                Map.of()), level);
    }
}
