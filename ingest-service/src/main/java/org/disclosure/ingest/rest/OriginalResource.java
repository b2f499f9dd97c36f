package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.service.SubmissionService;
import org.disclosure.ingest.service.Submitter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The original file of a submission for the people who review it: supervisors of its region and national users,
 * scoped exactly as {@code GET /api/submissions/{id}} (another region's file does not exist for the caller: 404).
 */
@Path("/api/submissions/{id}/original")
@Tag(name = "submissions")
public class OriginalResource {

    private final SubmissionService service;
    private final SecurityIdentity identity;

    public OriginalResource(SubmissionService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.SUPERVISOR, Roles.NATIONAL})
    @Operation(summary = "The original file as uploaded, with its content type and file name")
    public Uni<Response> original(@PathParam("id") String id) {
        UUID submissionId = parseId(id);
        Submitter viewer = Submitters.of(identity);
        return service.find(submissionId).flatMap(details -> {
            if (details == null || !viewer.maySee(details.submission())) {
                return Uni.createFrom().item(notFound(id));
            }
            Submission submission = details.submission();
            return service.content(submissionId).map(content -> content == null ? notFound(id)
                    : Response.ok(content.bytes, contentType(submission.contentType))
                            .header("Content-Disposition", attachment(submission.fileName))
                            // the stored type is the uploader's word: the browser must not guess another
                            .header("X-Content-Type-Options", "nosniff")
                            .build());
        });
    }

    /** RFC 6266 with an RFC 5987 {@code filename*}, so that Chinese names survive; plain ASCII as fallback. */
    static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "original" : fileName;
        String fallback = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    private static MediaType contentType(String stored) {
        if (stored == null || stored.isBlank()) return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        try {
            return MediaType.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM_TYPE;
        }
    }

    private static Response notFound(String id) {
        return Errors.of(Response.Status.NOT_FOUND, "no submission with id " + id);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("'" + id + "' is not a submission id (a UUID)");
        }
    }
}
