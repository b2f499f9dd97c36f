package org.disclosure.stats.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A test-only endpoint that someone forgot to annotate with roles: with deny-unannotated-endpoints it is refused
 * to every token, which {@link SecurityConfigurationTest} checks.
 */
@Path("/api/test-only/unannotated")
public class UnannotatedProbeResource {

    @GET
    public String probe() {
        return "open to any token";
    }
}
