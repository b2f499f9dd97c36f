package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.service.IntakeService;
import org.disclosure.ingest.service.IntakeSlots;
import org.disclosure.ingest.service.StuckSubmissions;
import org.disclosure.ingest.service.SubmissionService;
import org.disclosure.ingest.service.Submitter;
import org.disclosure.ingest.service.Upload;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/submissions")
@Tag(name = "submissions", description = "Upload reports and follow them through the pipeline")
public class SubmissionResource {

    private static final int MAX_LIMIT = 1000;

    private final SubmissionService service;
    private final IntakeService intake;
    private final SubmissionMapper mapper;
    private final IngestConfig config;
    private final Vertx vertx;
    private final SecurityIdentity identity;
    private final StuckSubmissions stuck;
    private final IntakeSlots slots;

    public SubmissionResource(SubmissionService service, IntakeService intake, SubmissionMapper mapper,
            IngestConfig config, Vertx vertx, SecurityIdentity identity, StuckSubmissions stuck, IntakeSlots slots) {
        this.service = service;
        this.slots = slots;
        this.stuck = stuck;
        this.intake = intake;
        this.mapper = mapper;
        this.config = config;
        this.vertx = vertx;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit one report file", description = "201 with a new id, or 200 with the existing id "
            + "when the same file was submitted before")
    public Uni<Response> submit(@RestForm("file") FileUpload file, @RestForm String agency,
            @RestForm String regionCode, @RestForm String year, @RestForm String publishedOn,
            @RestForm String sourceUrl) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidRequestException("no file: send the report as the multipart part named 'file'");
        }
        if (file.size() == 0) {
            throw new InvalidRequestException("the file '" + file.fileName() + "' is empty");
        }
        if (file.size() > config.maxReportSize().asLongValue()) {
            throw new InvalidRequestException("the file '" + file.fileName() + "' has " + file.size()
                    + " bytes, more than the limit of " + config.maxReportSize().asLongValue() + " bytes");
        }
        SubmissionMetadata metadata = MetadataForm.parse(agency, regionCode, year, publishedOn, sourceUrl);
        Submitter submitter = Submitters.of(identity);
        // the bytes are read from the upload's temporary file only once they fit in the intake's budget
        return slots.run(file.size(), () -> vertx.executeBlocking(Uni.createFrom().item(() -> read(file.uploadedFile())))
                        .map(bytes -> new Upload(file.fileName(), file.contentType(), bytes, metadata))
                        .flatMap(upload -> intake.accept(submitter, upload)))
                .map(outcome -> Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                        .entity(mapper.toReceipt(outcome)).build());
    }

    @GET
    @Path("/stuck")
    @RolesAllowed(Roles.NATIONAL)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submissions in progress whose stage has not changed for longer than stuck-after",
            description = "Longest waiting first; they are announced again to the pipeline periodically")
    public Uni<List<StuckSubmissionView>> stuck(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return stuck.list(limit).map(submissions -> submissions.stream().map(mapper::toStuckView).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBMITTER, Roles.SUPERVISOR, Roles.NATIONAL})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A submission's status through every stage, including a failure with its reason")
    public Uni<Response> status(@PathParam("id") String id) {
        UUID submissionId = parseId(id);
        Submitter viewer = Submitters.of(identity);
        // another province's submission does not exist for the caller, as in stats-service
        return service.find(submissionId).map(details -> details == null || !viewer.maySee(details.submission())
                ? Errors.of(Response.Status.NOT_FOUND, "no submission with id " + id)
                : Response.ok(mapper.toView(details)).build());
    }

    @GET
    @Path("/{id}/content")
    @RolesAllowed(Roles.PIPELINE)
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "The original bytes of a submission (the claim check parse-service redeems)")
    public Uni<Response> content(@PathParam("id") String id) {
        UUID submissionId = parseId(id);
        return service.content(submissionId).map(content -> content == null
                ? Errors.of(Response.Status.NOT_FOUND, "no submission with id " + id)
                : Response.ok(content.bytes, MediaType.APPLICATION_OCTET_STREAM_TYPE).build());
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("'" + id + "' is not a submission id (a UUID)");
        }
    }
}
