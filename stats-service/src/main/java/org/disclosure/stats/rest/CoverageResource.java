package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.Coverage;
import org.disclosure.stats.service.CoverageService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/coverage")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "coverage", description = "County-level governments that have not reported yet")
public class CoverageResource {

    private final CoverageService service;
    private final Viewer viewer;

    public CoverageResource(CoverageService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "The county-level divisions under the region whose people's government (人民政府) has no current report for the year")
    public Uni<Coverage> coverage(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return service.coverage(ReportFilter.current(viewer.scope(), RequestParameters.regionCode(region),
                RequestParameters.requiredYear(year)));
    }
}
