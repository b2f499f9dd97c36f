package org.disclosure.dashboard.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Where logout ends: a page that needs no session, with the way back in. */
@Path("/signed-out")
@PermitAll
public class SignedOutResource {

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance signedOut() {
        return Pages.signedOut();
    }
}
