package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.ingest.mapping.DeadLetterMapper;
import org.disclosure.ingest.service.DeadLetterService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The pipeline's dead letters, for the national supervisors who watch over the pipeline. */
@Path("/api/dead-letters")
@Tag(name = "dead letters", description = "Records the pipeline could not handle: list and replay them")
public class DeadLetterResource {

    private static final int MAX_LIMIT = 1000;

    private final DeadLetterService service;
    private final DeadLetterMapper mapper;
    private final SecurityIdentity identity;

    public DeadLetterResource(DeadLetterService service, DeadLetterMapper mapper, SecurityIdentity identity) {
        this.service = service;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @RolesAllowed(Roles.NATIONAL)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Dead letters of every consumed topic, oldest first per topic and partition",
            description = "skip and limit page through them; total counts them all")
    public Uni<DeadLetterView.Page> list(@QueryParam("skip") @DefaultValue("0") long skip,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (skip < 0) throw new InvalidRequestException("skip must not be negative, not " + skip);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return service.list(skip, limit).map(page -> mapper.toPage(page, skip, limit));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @RolesAllowed(Roles.NATIONAL)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a dead letter back to the topic it came from, with its original key and value",
            description = "404 when the dead-letter topic holds no such record")
    public Uni<Response> replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        return service.replay(topic, partition, offset, identity.getPrincipal().getName())
                .map(replayed -> replayed.isEmpty()
                        ? Errors.of(Response.Status.NOT_FOUND, "no dead letter at " + topic + "/" + partition + "/"
                                + offset)
                        : Response.ok(mapper.toView(replayed.get())).build());
    }
}
