package org.disclosure.stats.rest;

import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.ReportFilter;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Validated reports with their cells, findings and versions")
public class ReportResource {

    private static final int MAX_PAGE_SIZE = 500;

    private final ReportService service;
    private final ReportMapper mapper;
    private final Viewer viewer;

    public ReportResource(ReportService service, ReportMapper mapper, Viewer viewer) {
        this.service = service;
        this.mapper = mapper;
        this.viewer = viewer;
    }

    @GET
    @Operation(summary = "Reports in the caller's regions, newest year first, filtered by region, year, agency, errors or rule")
    public Uni<ReportPage> list(@BeanParam ReportListParameters parameters,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
        }
        ReportFilter filter = parameters.filter(viewer.scope());
        return service.list(filter, Page.of(page, size))
                .flatMap(reports -> service.count(filter).map(total -> new ReportPage(
                        reports.stream().map(mapper::toSummary).toList(), total, page, size)));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report with its cells, source locations and findings; 404 outside the caller's regions")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID reportId = RequestParameters.reportId(id);
        return service.find(reportId, viewer.scope()).map(report -> report == null
                ? notFound(id)
                : Response.ok(mapper.toDetail(report)).build());
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every submitted version of the report's agency and year, newest first, with findings counts")
    public Uni<Response> history(@PathParam("id") String id) {
        UUID reportId = RequestParameters.reportId(id);
        return service.history(reportId, viewer.scope()).map(versions -> versions == null
                ? notFound(id)
                : Response.ok(versions.stream().map(mapper::toVersion).toList()).build());
    }

    private static Response notFound(String id) {
        return Errors.of(Response.Status.NOT_FOUND, "no report with id " + id);
    }
}
