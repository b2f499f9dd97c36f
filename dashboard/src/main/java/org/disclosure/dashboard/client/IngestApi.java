package org.disclosure.dashboard.client;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * ingest-service's original files, asked for with the signed-in user's own access token: ingest decides who gets a
 * file (supervisors of its region, national users) and answers 404 to anyone else, so the dashboard has no copy of
 * that rule.
 */
@RegisterRestClient(configKey = "ingest")
@AccessToken
@Path("/api/submissions")
public interface IngestApi {

    /** The file as uploaded, with ingest's Content-Type and Content-Disposition. */
    @GET
    @Path("/{id}/original")
    Uni<Response> original(@RestPath String id);
}
