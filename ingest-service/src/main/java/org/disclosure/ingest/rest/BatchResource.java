package org.disclosure.ingest.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.disclosure.contracts.api.InvalidRequestException;
import org.disclosure.contracts.api.Roles;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.service.IntakeService;
import org.disclosure.ingest.service.IntakeSlots;
import org.disclosure.ingest.service.Submitter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/batches")
@Tag(name = "submissions")
public class BatchResource {

    private final IntakeService intake;
    private final SubmissionMapper mapper;
    private final IngestConfig config;
    private final Vertx vertx;
    private final SecurityIdentity identity;
    private final IntakeSlots slots;

    public BatchResource(IntakeService intake, SubmissionMapper mapper, IngestConfig config, Vertx vertx,
            SecurityIdentity identity, IntakeSlots slots) {
        this.intake = intake;
        this.slots = slots;
        this.mapper = mapper;
        this.config = config;
        this.vertx = vertx;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.SUBMITTER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a zip of reports", description = "Each file becomes its own submission; a bad "
            + "file (unsafe name, nested archive, too large, not allowed for the submitter's region) is refused "
            + "alone while the others go through. regionCode, when given, applies to every file.")
    public Uni<BatchReceipt> submit(@RestForm("file") FileUpload file, @RestForm String regionCode) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidRequestException("no file: send the zip archive as the multipart part named 'file'");
        }
        if (file.size() == 0) throw new InvalidRequestException("the batch '" + file.fileName() + "' is empty");
        if (file.size() > config.batch().maxUploadSize().asLongValue()) {
            throw new InvalidRequestException("the batch '" + file.fileName() + "' has " + file.size()
                    + " bytes, more than the limit of " + config.batch().maxUploadSize().asLongValue() + " bytes");
        }
        SubmissionMetadata metadata = MetadataForm.parse(null, regionCode, null, null, null);
        Submitter submitter = Submitters.of(identity);
        // the zip is read from its temporary file as it is unpacked, never held whole: one report at a time
        return slots.run(config.maxReportSize().asLongValue(),
                        () -> intake.acceptBatch(submitter, file.uploadedFile(), metadata))
                .map(mapper::toBatchReceipt);
    }
}
