package org.disclosure.ingest.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.messaging.SubmissionPublisher;
import org.disclosure.ingest.repository.Submission;

/**
 * Takes reports in: checks the submitter's region, stores the bytes (once per content) and announces new
 * submissions to the pipeline. Single uploads and zip batches go the same way.
 */
@ApplicationScoped
public class IntakeService {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(IntakeService.class);

    private final RegionGuard regionGuard;
    private final SubmissionService submissions;
    private final SubmissionPublisher publisher;
    private final SubmissionMapper mapper;
    private final ZipBatchReader batchReader;
    private final Vertx vertx;

    public IntakeService(RegionGuard regionGuard, SubmissionService submissions, SubmissionPublisher publisher,
            SubmissionMapper mapper, IngestConfig config, Vertx vertx) {
        this.regionGuard = regionGuard;
        this.submissions = submissions;
        this.publisher = publisher;
        this.mapper = mapper;
        this.vertx = vertx;
        this.batchReader = new ZipBatchReader(new BatchLimits(config.batch().maxEntries(),
                config.maxReportSize().asLongValue(), config.batch().maxUnpackedSize().asLongValue()));
    }

    public Uni<SubmissionOutcome> accept(Submitter submitter, Upload upload) {
        return regionGuard.check(submitter, upload)
                .flatMap(checked -> submissions.submit(checked)
                        // two uploads of the same file at once: the database keeps one, the other is a duplicate
                        .onFailure(UniqueViolation::matches).recoverWithUni(() -> submissions.existing(checked)))
                // stored first, announced second: UnprocessedSubmissionsRepublisher announces again what
                // an outage between the two left behind
                .flatMap(this::announceIfNeeded);
    }

    /** New submissions go to parse-service; a failed one sent again gets another chance. */
    private Uni<SubmissionOutcome> announceIfNeeded(SubmissionOutcome outcome) {
        if (!outcome.duplicate()) {
            return announce(outcome.submission()).replaceWith(outcome);
        }
        if (!outcome.submission().stage.failed()) return Uni.createFrom().item(outcome);
        return submissions.reopen(outcome.submission().id)
                .call(this::announce)
                .map(reopened -> new SubmissionOutcome(reopened, true));
    }

    /** Sends the event and notes Kafka's acknowledgement; without it the republisher announces it again. */
    private Uni<Void> announce(Submission submission) {
        return publisher.publish(mapper.toEvent(submission))
                .call(() -> submissions.announced(submission.id, submission.attempt));
    }

    /** Every file of the zip as its own submission; a refused or failing entry fails alone. */
    public Uni<List<BatchOutcome>> acceptBatch(Submitter submitter, java.nio.file.Path zip, SubmissionMetadata metadata) {
        // inflating is CPU work bounded only by the batch limits: keep it off the event loop
        return vertx.executeBlocking(Uni.createFrom().item(() -> batchReader.read(zip)))
                .flatMap(entries -> acceptEach(submitter, entries, metadata));
    }

    /**
     * Why an entry was refused, as the submitter may read it: the refusals ingest words itself, otherwise a
     * sentence without the exception's text, which goes to the log (issue 10).
     */
    private static String refusal(String name, Throwable failure) {
        if (failure instanceof SubmissionRefusedException || failure instanceof UnknownRegionException
                || failure instanceof IntakeBusyException) {
            return failure.getMessage();
        }
        LOG.errorf(failure, "batch entry '%s' could not be stored", name);
        return "could not be stored because of an internal error (logged); send it again";
    }

    private Uni<List<BatchOutcome>> acceptEach(Submitter submitter, List<BatchEntry> entries,
            SubmissionMetadata metadata) {
        return Multi.createFrom().iterable(entries)
                .onItem().transformToUniAndConcatenate(entry -> entry.isAccepted()
                        ? accept(submitter, new Upload(entry.name(), null, entry.bytes(), metadata))
                                .map(outcome -> BatchOutcome.stored(entry.name(), outcome))
                                .onFailure().recoverWithItem(failure -> BatchOutcome.refused(entry.name(),
                                        refusal(entry.name(), failure)))
                        : Uni.createFrom().item(BatchOutcome.refused(entry.name(), entry.problem())))
                .collect().asList();
    }
}
