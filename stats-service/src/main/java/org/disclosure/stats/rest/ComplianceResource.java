package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.repository.RuleCount;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.Compliance;
import org.disclosure.stats.service.ComplianceService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "compliance", description = "Findings by rule, error-free and on-time shares over current reports")
public class ComplianceResource {

    private final ComplianceService service;
    private final Viewer viewer;

    public ComplianceResource(ComplianceService service, Viewer viewer) {
        this.service = service;
        this.viewer = viewer;
    }

    @GET
    @Path("/findings/by-rule")
    @Operation(summary = "Per rule and severity: reports with a violation and the number of findings")
    public Uni<List<RuleCount>> byRule(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return service.violationsByRule(filter(region, year));
    }

    @GET
    @Path("/compliance")
    @Operation(summary = "Share of reports without an error finding, findings per report by rule, on-time share (Q03)")
    public Uni<Compliance> compliance(@QueryParam("region") String region, @QueryParam("year") Integer year) {
        return service.compliance(filter(region, year));
    }

    private ReportFilter filter(String region, Integer year) {
        return ReportFilter.current(viewer.scope(), RequestParameters.regionCode(region), year);
    }
}
