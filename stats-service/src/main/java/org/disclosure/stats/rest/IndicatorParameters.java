package org.disclosure.stats.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.service.AggregationLevel;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Which indicator rows to compute, shared by the indicator table and its exports. */
public class IndicatorParameters {

    @QueryParam("level")
    @DefaultValue("province")
    @Parameter(description = "province, city, county or agency")
    public String level;

    @QueryParam("year")
    @Parameter(description = "the year reported on; all years when absent")
    public Integer year;

    @QueryParam("region")
    @Parameter(description = "GB/T 2260 code; only reports inside this area")
    public String region;

    AggregationLevel aggregationLevel() {
        return RequestParameters.level(level);
    }

    ReportFilter filter(RegionScope viewerScope) {
        return ReportFilter.current(viewerScope, RequestParameters.regionCode(region), year);
    }
}
