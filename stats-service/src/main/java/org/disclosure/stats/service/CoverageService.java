package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.RegionYearCountsRepository;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportRepository;

/** Which county-level governments of the GB/T 2260 tables have not reported for a year. */
@ApplicationScoped
public class CoverageService {

    private final ReportRepository reports;
    private final RegionYearCountsRepository counts;
    private final RegionDirectory regions;

    public CoverageService(ReportRepository reports, RegionYearCountsRepository counts, RegionDirectory regions) {
        this.reports = reports;
        this.counts = counts;
        this.regions = regions;
    }

    @WithSession
    public Uni<Coverage> coverage(ReportFilter filter) {
        RegionScope requested = RegionScope.within(filter.regionCode());
        List<RegionDirectory.County> counties = regions.countiesIn(filter.viewerScope()).stream()
                .filter(county -> requested.covers(county.code())).toList();
        // whole areas of current reports: from the counts the store keeps per region code and year (issue 16)
        Uni<Set<String>> governments = filter.selectsWholeAreas() ? counts.regionsWithGovernmentReport(filter)
                : reports.regionsWithGovernmentReport(filter);
        return governments.map(reported -> {
            List<RegionDirectory.County> missing = counties.stream()
                    .filter(county -> !reported.contains(county.code())).toList();
            return new Coverage(filter.regionCode(), regions.name(filter.regionCode()), filter.year(),
                    counties.size(), counties.size() - missing.size(), missing);
        });
    }
}
