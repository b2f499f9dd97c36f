package org.disclosure.validate.rest;

import io.smallrye.mutiny.Uni;
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
        return revalidation.all().map(count -> new Revalidation(count, service.ruleSetVersion()));
    }

    public record Revalidation(int reports, String ruleSetVersion) {
    }
}
