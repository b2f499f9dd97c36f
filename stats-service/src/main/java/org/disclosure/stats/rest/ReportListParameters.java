package org.disclosure.stats.rest;

import jakarta.ws.rs.QueryParam;
import org.disclosure.stats.repository.RegionScope;
import org.disclosure.stats.repository.ReportFilter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The report list's filters, shared by the list and its exports. */
public class ReportListParameters {

    @QueryParam("region")
    @Parameter(description = "GB/T 2260 code; a province covers its cities and counties, a city its counties")
    public String region;

    @QueryParam("year")
    @Parameter(description = "the year reported on (统计年度)")
    public Integer year;

    @QueryParam("agency")
    @Parameter(description = "part of the agency's name")
    public String agency;

    @QueryParam("hasErrors")
    @Parameter(description = "true: only reports with an error finding; false: only reports without")
    public Boolean hasErrors;

    @QueryParam("rule")
    @Parameter(description = "only reports that violate this rule, e.g. A01")
    public String rule;

    @QueryParam("includeSuperseded")
    @Parameter(description = "also list earlier versions that a newer submission replaced")
    public boolean includeSuperseded;

    ReportFilter filter(RegionScope viewerScope) {
        return new ReportFilter(viewerScope, RequestParameters.regionCode(region), year, agency, hasErrors, rule,
                includeSuperseded);
    }
}
