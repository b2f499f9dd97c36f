package org.disclosure.ingest.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.ingest.repository.StatusEntry;
import org.disclosure.ingest.repository.StatusEntryRepository;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.repository.SubmissionContent;
import org.disclosure.ingest.repository.SubmissionContentRepository;
import org.disclosure.ingest.repository.SubmissionRepository;
import org.jboss.logging.Logger;

@ApplicationScoped
public class SubmissionService {

    static final String SERVICE_NAME = "ingest-service";
    private static final Logger LOG = Logger.getLogger(SubmissionService.class);

    private final SubmissionRepository submissions;
    private final SubmissionContentRepository contents;
    private final StatusEntryRepository statusEntries;

    public SubmissionService(SubmissionRepository submissions, SubmissionContentRepository contents,
            StatusEntryRepository statusEntries) {
        this.submissions = submissions;
        this.contents = contents;
        this.statusEntries = statusEntries;
    }

    /** Stores a new report, or returns the existing submission when the same bytes were sent before. */
    @WithTransaction
    public Uni<SubmissionOutcome> submit(Upload upload) {
        String sha256 = Sha256.hex(upload.bytes());
        return submissions.findBySha256(sha256)
                .onItem().ifNotNull().transform(existing -> new SubmissionOutcome(existing, true))
                .onItem().ifNull().switchTo(() -> store(upload, sha256));
    }

    private Uni<SubmissionOutcome> store(Upload upload, String sha256) {
        Instant now = Instant.now();
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.fileName = upload.fileName();
        submission.contentType = upload.contentType();
        submission.size = upload.bytes().length;
        submission.sha256 = sha256;
        submission.agency = upload.metadata().agency();
        submission.regionCode = upload.metadata().regionCode();
        submission.year = upload.metadata().year();
        submission.publishedOn = upload.metadata().publishedOn();
        submission.sourceUrl = upload.metadata().sourceUrl();
        submission.checkedRegion = upload.checkedRegion();
        submission.stage = Stage.RECEIVED;
        submission.submittedAt = now;
        submission.updatedAt = now;

        SubmissionContent content = new SubmissionContent();
        content.submissionId = submission.id;
        content.bytes = upload.bytes();

        return submissions.persist(submission)
                .call(() -> contents.persist(content))
                .call(() -> statusEntries.persist(entry(submission.id, Stage.RECEIVED, SERVICE_NAME, null, now)))
                .invoke(() -> LOG.infof("submission %s received: %s (%d bytes)", submission.id, submission.fileName,
                        submission.size))
                .replaceWith(new SubmissionOutcome(submission, false));
    }

    /** The submission already holding these bytes: the winner when two uploads of one file raced. */
    @WithSession
    public Uni<SubmissionOutcome> existing(byte[] bytes) {
        return submissions.findBySha256(Sha256.hex(bytes)).map(found -> new SubmissionOutcome(found, true));
    }

    /** Puts a failed submission back to "received" so that the pipeline tries it once more. */
    @WithTransaction
    public Uni<Submission> reopen(UUID id) {
        Instant now = Instant.now();
        return submissions.findById(id).call(submission -> {
            submission.stage = Stage.RECEIVED;
            submission.reason = null;
            submission.updatedAt = now;
            return statusEntries.persist(entry(id, Stage.RECEIVED, SERVICE_NAME, "sent again after a failure", now));
        });
    }

    @WithSession
    public Uni<SubmissionDetails> find(UUID id) {
        return submissions.findById(id)
                .onItem().ifNotNull().transformToUni(submission -> statusEntries.historyOf(id)
                        .map(history -> new SubmissionDetails(submission, history)));
    }

    /**
     * Submissions whose announcement parse-service never acted on (the event was lost between the database
     * commit and Kafka, or the broker was down): they are marked as touched now and returned for announcing
     * again. A consumer that gets one twice stores the same result twice, which changes nothing.
     */
    @WithTransaction
    public Uni<List<Submission>> claimUnprocessed(Duration olderThan, int limit) {
        Instant now = Instant.now();
        return submissions.receivedBefore(now.minus(olderThan), limit)
                .invoke(stuck -> stuck.forEach(submission -> submission.updatedAt = now));
    }

    @WithSession
    public Uni<SubmissionContent> content(UUID id) {
        return contents.findById(id);
    }

    /** Records a step reported by another service; unknown submissions are logged and skipped. */
    @WithTransaction
    public Uni<Void> recordStatus(StatusChanged change) {
        return submissions.findById(change.submissionId())
                .onItem().ifNull().continueWith(() -> {
                    LOG.warnf("status %s for unknown submission %s ignored", change.stage(), change.submissionId());
                    return null;
                })
                .onItem().ifNotNull().transformToUni(submission -> {
                    if (StageProgress.advances(submission.stage, change.stage())) {
                        submission.stage = change.stage();
                        submission.reason = change.reason();
                    }
                    if (change.agency() != null) submission.parsedAgency = change.agency();
                    if (change.year() != null) submission.parsedYear = change.year();
                    submission.updatedAt = Instant.now();
                    // the database keeps microseconds: compare what it will hold
                    Instant at = (change.at() == null ? Instant.now() : change.at()).truncatedTo(ChronoUnit.MICROS);
                    return statusEntries.contains(submission.id, change.stage(), change.service(), at)
                            .flatMap(recorded -> recorded ? Uni.createFrom().voidItem()
                                    : statusEntries.persist(entry(submission.id, change.stage(), change.service(),
                                            change.reason(), at)).replaceWithVoid());
                })
                .replaceWithVoid();
    }

    private static StatusEntry entry(UUID submissionId, Stage stage, String service, String reason, Instant at) {
        StatusEntry entry = new StatusEntry();
        entry.submissionId = submissionId;
        entry.stage = stage;
        entry.service = service;
        entry.reason = reason;
        entry.at = at;
        return entry;
    }
}
