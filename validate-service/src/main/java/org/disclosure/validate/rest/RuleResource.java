package org.disclosure.validate.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.disclosure.rules.RuleCatalog;
import org.disclosure.rules.RuleReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rules")
@Authenticated
@Tag(name = "rules", description = "The rule catalog the validator applies")
public class RuleResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every rule: what it checks, why it matters and how an agency fixes it")
    public List<RuleReference> rules() {
        return RuleCatalog.references();
    }
}
