package org.disclosure.validate.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;
import org.disclosure.contracts.api.Roles;
import org.disclosure.validate.repository.RevalidationJob;
import org.disclosure.validate.service.RevalidationJobService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Re-validation of every stored report as a job: it takes minutes at a national scale, so the request starts it
 * and answers at once; the job is then followed by its id.
 */
@Path("/api/revalidations")
@Tag(name = "rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.NATIONAL)
public class RevalidationResource {

    private final RevalidationJobService jobs;

    public RevalidationResource(RevalidationJobService jobs) {
        this.jobs = jobs;
    }

    @POST
    @Operation(summary = "Starts validating every stored report again with the current rule set, as a job")
    @APIResponse(responseCode = "202", description = "Started: the job, its Location to follow it")
    @APIResponse(responseCode = "409", description = "A re-validation is running already: that job, and its Location")
    public Uni<RestResponse<RevalidationJob>> start(@Context UriInfo uri) {
        return jobs.start().map(asked -> {
            RestResponse.ResponseBuilder<RevalidationJob> answer = asked.started()
                    ? RestResponse.ResponseBuilder.accepted(asked.job())
                    : RestResponse.ResponseBuilder.create(RestResponse.Status.CONFLICT, asked.job());
            return answer.location(location(uri, asked.job().id())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A re-validation's state (running, done, failed), reports published so far, rule set, start and end, and why it failed")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job")
    public Uni<RestResponse<RevalidationJob>> job(@PathParam("id") UUID id) {
        return jobs.find(id).map(job -> job == null ? RestResponse.<RevalidationJob>notFound() : RestResponse.ok(job));
    }

    private static URI location(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/revalidations").path(id.toString()).build();
    }
}
