package org.disclosure.stats.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.disclosure.contracts.api.ApiError;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.ReportMapper;
import org.disclosure.stats.repository.ReportQuery;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/reports")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Validated reports with their cells and findings")
public class ReportResource {

    private static final int MAX_PAGE_SIZE = 500;

    private final ReportService service;
    private final ReportMapper mapper;

    public ReportResource(ReportService service, ReportMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Reports, newest year first, filtered by region, year, agency, errors or rule")
    public Uni<Response> list(@QueryParam("region") String region, @QueryParam("year") Integer year,
            @QueryParam("agency") String agency, @QueryParam("hasErrors") Boolean hasErrors,
            @QueryParam("rule") String rule, @QueryParam("includeSuperseded") boolean includeSuperseded,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (region != null && !region.matches("\\d{6}")) {
            return Uni.createFrom().item(error(Response.Status.BAD_REQUEST,
                    "region must be a 6-digit GB/T 2260 code, got '" + region + "'"));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Uni.createFrom().item(error(Response.Status.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE));
        }
        ReportQuery query = new ReportQuery(region, year, agency, hasErrors, rule, includeSuperseded, page, size);
        return service.list(query)
                .flatMap(reports -> service.count(query).map(total -> new ReportPage(
                        reports.stream().map(mapper::toSummary).toList(), total, page, size)))
                .map(result -> Response.ok(result).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One report with its cells, source locations and findings")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID reportId;
        try {
            reportId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().item(error(Response.Status.BAD_REQUEST, "'" + id + "' is not a report id (a UUID)"));
        }
        return service.find(reportId).map(report -> report == null
                ? error(Response.Status.NOT_FOUND, "no report with id " + id)
                : Response.ok(mapper.toDetail(report)).build());
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(new ApiError(status.getStatusCode(), message)).build();
    }
}
