package org.disclosure.ingest.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    private final AnnouncementMarks announcements;

    public IntakeService(RegionGuard regionGuard, SubmissionService submissions, SubmissionPublisher publisher,
            SubmissionMapper mapper, IngestConfig config, Vertx vertx, AnnouncementMarks announcements) {
        this.announcements = announcements;
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
                // two uploads of the same file at once: the database keeps one, the other is a duplicate
                .flatMap(checked -> submissions.submit(checked)
                        // stored first, announced second: UnprocessedSubmissionsRepublisher announces again what
                        // an outage between the two left behind
                        .flatMap(outcome -> announceIfNeeded(outcome, checked.bytes())));
    }

    /** New submissions go to parse-service; a failed one sent again gets another chance. */
    private Uni<SubmissionOutcome> announceIfNeeded(SubmissionOutcome outcome, byte[] bytes) {
        if (!outcome.duplicate()) {
            return announce(outcome.submission(), bytes).replaceWith(outcome);
        }
        if (!outcome.submission().stage.failed()) return Uni.createFrom().item(outcome);
        // the same bytes: a duplicate is the same file (its SHA-256)
        return submissions.reopen(outcome.submission().id)
                .call(reopened -> announce(reopened, bytes))
                .map(reopened -> new SubmissionOutcome(reopened, true));
    }

    /** Sends the event and notes Kafka's acknowledgement; without it the republisher announces it again. */
    private Uni<Void> announce(Submission submission, byte[] bytes) {
        return publisher.publish(mapper.toEvent(submission, bytes))
                .call(() -> announcements.mark(submission.id, submission.attempt));
    }

    /**
     * Every file of the zip as its own submission; a refused or failing entry fails alone. The zip is read from
     * its file twice and never held whole: first every entry is inflated and counted (a bomb is refused before
     * anything is stored), then the entries are taken one at a time, so that a batch holds at most one report in
     * memory, whatever it unpacks to.
     */
    public Uni<List<BatchOutcome>> acceptBatch(Submitter submitter, Path zip, SubmissionMetadata metadata) {
        // inflating is CPU work bounded only by the batch limits: keep it off the event loop
        return vertx.executeBlocking(Uni.createFrom().item(() -> batchReader.survey(zip)))
                .flatMap(surveyed -> vertx.executeBlocking(Uni.createFrom().item(() -> batchReader.open(zip))))
                .flatMap(entries -> acceptEach(submitter, entries, metadata, new ArrayList<>())
                        .onTermination().invoke(entries::close));
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

    /**
     * The entries one after the other: the next is read only once the last is answered. A stream, not a recursion
     * of Unis, whose nested operators would keep every entry's bytes until the last is answered.
     */
    private Uni<List<BatchOutcome>> acceptEach(Submitter submitter, ZipBatchReader.Entries entries,
            SubmissionMetadata metadata, List<BatchOutcome> outcomes) {
        return Multi.createBy().repeating()
                .uni(() -> vertx.executeBlocking(Uni.createFrom().item(() -> Optional.ofNullable(entries.next()))))
                .until(Optional::isEmpty)
                .onItem().transformToUniAndConcatenate(next -> acceptEntry(submitter, next.get(), metadata))
                .collect().in(() -> outcomes, List::add);
    }

    private Uni<BatchOutcome> acceptEntry(Submitter submitter, BatchEntry entry, SubmissionMetadata metadata) {
        if (!entry.isAccepted()) return Uni.createFrom().item(BatchOutcome.refused(entry.name(), entry.problem()));
        return accept(submitter, new Upload(entry.name(), null, entry.bytes(), metadata))
                .map(outcome -> BatchOutcome.stored(entry.name(), outcome))
                .onFailure().recoverWithItem(failure -> BatchOutcome.refused(entry.name(), refusal(entry.name(), failure)));
    }
}
