package org.disclosure.ingest.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Sha256;
import org.disclosure.messaging.DependencyUnavailableException;
import org.disclosure.messaging.PoisonRecordException;
import org.disclosure.ingest.repository.IntakeRepository;
import org.disclosure.ingest.repository.StatusEntry;
import org.disclosure.ingest.repository.StatusEntryRepository;
import org.disclosure.ingest.repository.StepRepository;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.repository.SubmissionContent;
import org.disclosure.ingest.repository.SubmissionContentRepository;
import org.disclosure.ingest.repository.SubmissionRepository;
import org.jboss.logging.Logger;

@ApplicationScoped
public class SubmissionService {

    static final String SERVICE_NAME = "ingest-service";
    private static final Logger LOG = Logger.getLogger(SubmissionService.class);
    /** Steps of one submission seldom race; a stage that changes under this many reads is an anomaly. */
    private static final int MAX_STEP_TRIES = 20;
    /** Enough of a failure's message to tell what it was, short enough for a status page. */
    private static final int MAX_CAUSE_LENGTH = 500;

    private final SubmissionRepository submissions;
    private final SubmissionContentRepository contents;
    private final StatusEntryRepository statusEntries;
    private final IntakeRepository intake;
    private final StepRepository steps;

    public SubmissionService(SubmissionRepository submissions, SubmissionContentRepository contents,
            StatusEntryRepository statusEntries, IntakeRepository intake, StepRepository steps) {
        this.submissions = submissions;
        this.steps = steps;
        this.intake = intake;
        this.contents = contents;
        this.statusEntries = statusEntries;
    }

    /**
     * Stores a new report, or returns the existing submission when the same bytes were sent before (checked
     * against the same region: another province's copy is not found here). One statement in the common case.
     */
    public Uni<SubmissionOutcome> submit(Upload upload) {
        Submission submission = received(upload, Sha256.hex(upload.bytes()));
        return intake.storeNew(submission, upload.bytes(), SERVICE_NAME)
                .flatMap(stored -> {
                    if (!stored) return existing(upload);
                    LOG.infof("submission %s received: %s (%d bytes)", submission.id, submission.fileName,
                            submission.size);
                    return Uni.createFrom().item(new SubmissionOutcome(submission, false));
                });
    }

    private static Submission received(Upload upload, String sha256) {
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
        submission.attempt = 1;
        submission.submittedAt = now;
        submission.updatedAt = now;
        submission.progressedAt = now;
        return submission;
    }

    /** The submission already holding these bytes: the winner when two uploads of one file raced. */
    @WithSession
    public Uni<SubmissionOutcome> existing(Upload upload) {
        return submissions.findBySha256(Sha256.hex(upload.bytes()), upload.checkedRegion())
                .map(found -> new SubmissionOutcome(found, true));
    }

    /**
     * Puts a failed submission back to "received" as its next pass through the pipeline. The row is locked, so
     * that two uploads of the same failed file at once open one pass, not two.
     */
    @WithTransaction
    public Uni<Submission> reopen(UUID id) {
        Instant now = Instant.now();
        return submissions.findById(id, LockModeType.PESSIMISTIC_WRITE).call(submission -> {
            if (!submission.stage.failed()) return Uni.createFrom().voidItem(); // the other upload reopened it
            submission.attempt++;
            submission.stage = Stage.RECEIVED;
            submission.reason = null;
            submission.announcedAt = null;
            submission.updatedAt = now;
            submission.progressedAt = now;
            return statusEntries.persist(entry(id, Stage.RECEIVED, SERVICE_NAME, "sent again after a failure", now,
                    submission.attempt));
        });
    }

    @WithSession
    public Uni<SubmissionDetails> find(UUID id) {
        return submissions.findById(id)
                .onItem().ifNotNull().transformToUni(submission -> statusEntries.historyOf(id)
                        .map(history -> new SubmissionDetails(submission, history)));
    }

    /**
     * Submissions to announce again (see {@link SubmissionRepository#claimDue}): they are marked as touched now,
     * so that the next look leaves them alone for a while, and returned. Consumers are idempotent: one that gets
     * a submission twice stores the same result twice, which changes nothing.
     */
    @WithTransaction
    public Uni<List<Submission>> claimDue(Duration announceAfter, Duration stuckAfter, int limit) {
        Instant now = Instant.now();
        return submissions.claimDue(now.minus(announceAfter), now.minus(stuckAfter), limit)
                .invoke(due -> due.forEach(submission -> submission.updatedAt = now));
    }

    /** Submissions in progress whose stage has not changed for longer than the given while. */
    @WithSession
    public Uni<List<Submission>> stuck(Duration stuckAfter, int limit) {
        return submissions.stuckSince(Instant.now().minus(stuckAfter), limit);
    }

    @WithSession
    public Uni<Map<Stage, Long>> stuckCounts(Duration stuckAfter) {
        return submissions.stuckCounts(Instant.now().minus(stuckAfter));
    }

    public Uni<SubmissionContent> content(UUID id) {
        return contents.read(id);
    }

    /**
     * Records a step reported by another service (see {@link StageProgress} for when it changes the stage); a
     * step of a submission ingest never received is a poison record. Steps of one submission reach different
     * partitions (keyed by agency further down the pipeline), so two ingest pods may record two of them at once:
     * each decides on the stage it read and writes only if that stage is still the one stored, else reads again
     * ({@link StepRepository}).
     */
    public Uni<Void> recordStatus(StatusChanged change) {
        return recordStatus(change, 1);
    }

    private Uni<Void> recordStatus(StatusChanged change, int tries) {
        return steps.progress(change.submissionId()).flatMap(current -> {
            if (current == null) {
                // ingest issues every submission id: a step of one it never received came from a replay gone
                // wrong, a bug or a forged event further up the pipeline, and is kept where an operator sees it
                return Uni.createFrom().failure(new PoisonRecordException("未知的提交 / a status " + change.stage()
                        + " of submission " + change.submissionId() + ", which ingest never received",
                        change.submissionId()));
            }
            return apply(current, change).flatMap(recorded -> {
                if (recorded) return Uni.createFrom().voidItem();
                if (tries >= MAX_STEP_TRIES) {
                    // retried by the consumer (transient), never a failure of the report
                    return Uni.createFrom().failure(new DependencyUnavailableException("the stage of submission "
                            + change.submissionId() + " changed under each of " + tries + " tries to record "
                            + change.stage()));
                }
                return recordStatus(change, tries + 1);
            });
        });
    }

    private Uni<Boolean> apply(StepRepository.Progress current, StatusChanged change) {
        Instant now = Instant.now();
        int attempt = change.attempt();
        boolean advances = StageProgress.advances(current.stage(), current.attempt(), change.stage(), attempt);
        int attemptAfter = advances ? Math.max(current.attempt(), attempt) : current.attempt();
        if (!advances && attempt < current.attempt()) {
            LOG.infof("status %s of attempt %d kept in the history only: submission %s is on attempt %d",
                    change.stage(), attempt, change.submissionId(), current.attempt());
        }
        boolean currentPass = attempt >= attemptAfter;
        String service = change.service() == null ? "unknown" : change.service();
        StatusEntry step = entry(change.submissionId(), change.stage(), service, change.reason(),
                change.at() == null ? now : change.at(), attempt);
        return steps.record(step, current, advances, now, currentPass ? change.agency() : null,
                currentPass ? change.year() : null);
    }

    /**
     * A status message about this submission could not be handled and went to the dead-letter topic: the
     * submission would otherwise wait forever for a step that is never recorded, so it is marked failed at the
     * step it was waiting for, with the reason. A stored or already failed submission keeps its stage.
     */
    @WithTransaction
    public Uni<Boolean> markUnrecordable(UUID id, String cause) {
        return submissions.findById(id, LockModeType.PESSIMISTIC_WRITE).flatMap(submission -> {
            if (submission == null || submission.stage == Stage.STORED || submission.stage.failed()) {
                return Uni.createFrom().item(false);
            }
            Instant now = Instant.now();
            submission.stage = failureAfter(submission.stage);
            submission.reason = "状态消息无法处理，已转入死信队列 / a status message about this report could not be "
                    + "handled and was kept as a dead letter: " + shorten(cause);
            submission.updatedAt = now;
            submission.progressedAt = now;
            return statusEntries.record(id, submission.stage, SERVICE_NAME, submission.reason, now,
                    submission.attempt).replaceWith(true);
        });
    }

    private static Stage failureAfter(Stage stage) {
        return switch (stage) {
            case RECEIVED -> Stage.PARSE_FAILED;
            case PARSED -> Stage.VALIDATION_FAILED;
            default -> Stage.STORE_FAILED;
        };
    }

    private static String shorten(String text) {
        if (text == null) return "";
        return text.length() <= MAX_CAUSE_LENGTH ? text : text.substring(0, MAX_CAUSE_LENGTH) + "…";
    }

    private static StatusEntry entry(UUID submissionId, Stage stage, String service, String reason, Instant at,
            int attempt) {
        StatusEntry entry = new StatusEntry();
        entry.submissionId = submissionId;
        entry.stage = stage;
        entry.service = service;
        entry.reason = reason;
        entry.at = at;
        entry.attempt = attempt;
        return entry;
    }
}
