package org.disclosure.dashboard.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.disclosure.contracts.api.Roles;
import org.disclosure.dashboard.client.IngestApi;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;

/**
 * 下载原件: the original file of a submission, from ingest-service with the user's token (so only supervisors of
 * its region and national users get it; anyone else sees ingest's 404 as a 404 page). Its type and file name are
 * ingest's. The file is passed on as ingest answers it, whole: ingest keeps it as one database value of at most
 * max-report-size (20 MB), so streaming it here would not lower the memory it takes on the way.
 */
@Path("/originals")
@RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
public class OriginalResource {

    private final IngestApi ingest;

    public OriginalResource(@RestClient IngestApi ingest) {
        this.ingest = ingest;
    }

    @GET
    @Path("/{submission}")
    public Uni<Response> original(@RestPath String submission) {
        UUID id;
        try {
            id = UUID.fromString(submission);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        return ingest.original(id.toString()).map(answer -> Response
                .ok(answer.readEntity(byte[].class), answer.getMediaType() == null
                        ? MediaType.APPLICATION_OCTET_STREAM_TYPE : answer.getMediaType())
                .header("Content-Disposition", answer.getHeaderString("Content-Disposition"))
                .header("X-Content-Type-Options", "nosniff")
                .build());
    }
}
