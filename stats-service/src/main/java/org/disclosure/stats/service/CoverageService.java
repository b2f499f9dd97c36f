package org.disclosure.stats.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.ReportRepository;

/** Which county-level governments of the GB/T 2260 tables have not reported for a year. */
@ApplicationScoped
public class CoverageService {

    private final ReportRepository reports;
    private final RegionDirectory regions;

    public CoverageService(ReportRepository reports, RegionDirectory regions) {
        this.reports = reports;
        this.regions = regions;
    }

    @WithSession
    public Uni<Coverage> coverage(ReportFilter filter) {
        RegionScope requested = RegionScope.within(filter.regionCode());
        List<RegionDirectory.County> counties = regions.countiesIn(filter.viewerScope()).stream()
                .filter(county -> requested.covers(county.code())).toList();
        return reports.regionsWithGovernmentReport(filter).map(reported -> {
            List<RegionDirectory.County> missing = counties.stream()
                    .filter(county -> !reported.contains(county.code())).toList();
            return new Coverage(filter.regionCode(), regions.name(filter.regionCode()), filter.year(),
                    counties.size(), counties.size() - missing.size(), missing);
        });
    }
}
