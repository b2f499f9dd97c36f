package org.disclosure.stats.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.mapping.CorrectionMapper;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.CellCorrection;
import org.disclosure.stats.service.CorrectionChains;
import org.disclosure.stats.service.CorrectionRefusedException;
import org.disclosure.stats.service.CorrectionService;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Corrections of one report's cells, made by the region's supervisors (or national users). Its own path, not a method
 * of {@link ReportResource}: JAX-RS picks the class with the longest matching path first.
 */
@Path("/api/reports/{id}/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "corrections", description = "Corrections of misread cells, validated again as new report versions")
public class CorrectionResource {

    private final CorrectionService corrections;
    private final ReportService reports;
    private final CorrectionMapper mapper;
    private final Viewer viewer;
    private final SecurityIdentity identity;

    public CorrectionResource(CorrectionService corrections, ReportService reports, CorrectionMapper mapper,
            Viewer viewer, SecurityIdentity identity) {
        this.corrections = corrections;
        this.reports = reports;
        this.mapper = mapper;
        this.viewer = viewer;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct one cell of the current version; 202, the corrected report is validated again",
            description = "409 when the old value is not the current one (or the version is no longer current, or "
                    + "the previous correction is still being validated); 400 for an unknown cell or an invalid "
                    + "value; 404 outside the caller's regions")
    public Uni<Response> correct(@PathParam("id") String id, CorrectionRequest request) {
        UUID reportId = RequestParameters.reportId(id);
        if (request == null) throw new InvalidRequestException("请提交更正内容 / send the correction as JSON");
        CellCorrection correction = new CellCorrection(request.cell(), request.oldValue(), request.newValue(),
                request.reason());
        return corrections.correct(reportId, viewer.scope(), correction, identity.getPrincipal().getName())
                .map(made -> made == null ? notFound(id)
                        : Response.accepted(mapper.toView(made))
                                .location(URI.create("/api/reports/" + made.id)).build())
                .onFailure(CorrectionRefusedException.class).recoverWithItem(failure -> Errors.of(
                        ((CorrectionRefusedException) failure).conflict() ? Response.Status.CONFLICT
                                : Response.Status.BAD_REQUEST, failure.getMessage()));
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
    @Operation(summary = "The corrections this version holds and every correction of its agency and year")
    public Uni<Response> ofReport(@PathParam("id") String id) {
        UUID reportId = RequestParameters.reportId(id);
        return reports.history(reportId, viewer.scope()).flatMap(versions -> {
            if (versions == null) return Uni.createFrom().item(notFound(id));
            List<UUID> ids = versions.stream().map(report -> report.submissionId).toList();
            return corrections.ofVersions(ids).map(all -> {
                CorrectionChains chains = new CorrectionChains(all);
                return Response.ok(new ReportCorrections(
                        chains.appliedTo(reportId).stream().map(mapper::toView).toList(),
                        all.stream().map(mapper::toView).toList())).build();
            });
        });
    }

    private static Response notFound(String id) {
        return Errors.of(Response.Status.NOT_FOUND, "no report with id " + id);
    }
}
