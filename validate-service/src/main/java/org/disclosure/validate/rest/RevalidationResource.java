package org.disclosure.validate.rest;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.disclosure.contracts.api.Roles;
import org.disclosure.validate.service.RevalidationService;
import org.disclosure.validate.service.ValidationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/revalidations")
@Tag(name = "rules")
public class RevalidationResource {

    private final RevalidationService revalidation;
    private final ValidationService service;

    public RevalidationResource(RevalidationService revalidation, ValidationService service) {
        this.revalidation = revalidation;
        this.service = service;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.NATIONAL)
    @Operation(summary = "Validate every stored report again with the current rule set")
    public Uni<Revalidation> revalidate() {
        // The walk runs on a Vert.x context of its own, not the request's: run on the request's context, the database
        // queries, worker tasks and broker acknowledgements of minutes of re-validation left the request scope
        // inactive, and the answer failed with ContextNotActiveException (HTTP 500) after every report was published.
        Context own = VertxContext.createNewDuplicatedContext();
        Uni<Integer> all = Uni.createFrom().deferred(revalidation::all);
        if (own != null) all = all.runSubscriptionOn(task -> own.runOnContext(ignored -> task.run()));
        return all.map(count -> new Revalidation(count, service.ruleSetVersion()));
    }

    public record Revalidation(int reports, String ruleSetVersion) {
    }
}
