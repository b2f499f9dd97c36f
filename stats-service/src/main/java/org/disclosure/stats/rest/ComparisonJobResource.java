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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.stats.repository.ComparisonJob;
import org.disclosure.stats.security.Viewer;
import org.disclosure.stats.service.ComparisonJobService;
import org.disclosure.stats.service.Workers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/comparison-jobs")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "comparison jobs", description = "Batch comparison of a region's agencies between two years, run as a job")
public class ComparisonJobResource {

    private final ComparisonJobService service;
    private final Viewer viewer;
    private final SecurityIdentity identity;

    public ComparisonJobResource(ComparisonJobService service, Viewer viewer, SecurityIdentity identity) {
        this.service = service;
        this.viewer = viewer;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Starts (or re-runs, replacing its result) the batch comparison of a region between two years: 202 with the job's Location; a region outside the caller's scope is 404")
    public Uni<Response> submit(ComparisonJobRequest request, @Context UriInfo uri) {
        if (request == null || request.region() == null || request.leftYear() == null) {
            throw new InvalidRequestException("give region (a 6-digit GB/T 2260 code) and leftYear (rightYear defaults to leftYear + 1)");
        }
        String region = RequestParameters.regionCode(request.region());
        int leftYear = request.leftYear();
        int rightYear = request.rightYear() != null ? request.rightYear() : leftYear + 1;
        if (rightYear <= leftYear) throw new InvalidRequestException("rightYear must be after leftYear");
        if (!viewer.scope().covers(region)) {
            return Uni.createFrom().item(Errors.of(Response.Status.NOT_FOUND, "no region " + region));
        }
        return service.submit(region, leftYear, rightYear, identity.getPrincipal().getName()).map(submitted -> {
            if (submitted.start()) service.start(submitted.job().id);
            return Response.accepted(view(submitted.job()))
                    .location(uri.getBaseUriBuilder().path("api/comparison-jobs").path(submitted.job().id.toString()).build())
                    .build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "The job's status, progress (done of total pairs) and, when done, the ranked agencies and those with a report in one year only; 404 outside the caller's regions")
    public Uni<Response> get(@PathParam("id") String id) {
        UUID jobId = parse(id);
        // the result is read back from its JSON on a worker: a large region's batch is a big document
        return service.find(jobId).emitOn(Workers.pool()).map(job -> job == null || !viewer.scope().covers(job.regionCode)
                ? Errors.of(Response.Status.NOT_FOUND, "no comparison job " + id)
                : Response.ok(view(job)).build());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("'" + id + "' is not a job id (a UUID)");
        }
    }

    private static ComparisonJobView view(ComparisonJob job) {
        return new ComparisonJobView(job.id, job.regionCode, job.leftYear, job.rightYear, job.status, job.total,
                job.done, job.requestedAt, job.startedAt, job.finishedAt, job.error, ComparisonJobService.result(job));
    }
}
