package org.disclosure.ingest.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.service.AnnouncementMarks;
import org.disclosure.ingest.service.StuckSubmissions;
import org.disclosure.ingest.service.SubmissionService;
import org.jboss.logging.Logger;

/**
 * Nothing stuck unseen. Announces again (a) the submissions whose announcement Kafka never acknowledged (a crash
 * or a broker outage between the database commit and the send) and (b) the submissions stuck in progress, whose
 * stage has not changed for {@code stuck-after}: an event lost or dead-lettered further down the pipeline. The
 * pipeline's consumers are idempotent, so running a stuck report again from parse completes it; this is the
 * reconciliation between the stages ingest holds and what stats-service stored. Each run also updates the
 * stuck gauges.
 */
@ApplicationScoped
public class UnprocessedSubmissionsRepublisher {

    private static final Logger LOG = Logger.getLogger(UnprocessedSubmissionsRepublisher.class);
    private static final int BATCH = 100;

    private final SubmissionService service;
    private final SubmissionPublisher publisher;
    private final SubmissionMapper mapper;
    private final StuckSubmissions stuck;
    private final Duration announceAfter;
    private final Duration stuckAfter;
    private final AnnouncementMarks announcements;

    public UnprocessedSubmissionsRepublisher(SubmissionService service, SubmissionPublisher publisher,
            SubmissionMapper mapper, StuckSubmissions stuck, IngestConfig config, AnnouncementMarks announcements) {
        this.service = service;
        this.announcements = announcements;
        this.publisher = publisher;
        this.mapper = mapper;
        this.stuck = stuck;
        this.announceAfter = config.announceAfter();
        this.stuckAfter = config.stuckAfter();
    }

    @Scheduled(every = "${disclosure.ingest.republish-every}", delayed = "${disclosure.ingest.republish-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> republish() {
        // counted before the claim, which marks the claimed rows as touched
        return stuck.refresh()
                .flatMap(ignored -> service.claimDue(announceAfter, stuckAfter, BATCH))
                .onItem().transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem().transformToUniAndConcatenate(this::announceAgain)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> announceAgain(Submission submission) {
        LOG.infof("announcing submission %s (attempt %d, %s) again: %s", submission.id, submission.attempt,
                submission.stage, submission.announcedAt == null ? "Kafka never acknowledged its announcement"
                        : "no progress for " + stuckAfter);
        // the same pass: the steps it reports are those of the pass it belongs to
        return publisher.publish(mapper.toEvent(submission))
                .call(() -> announcements.mark(submission.id, submission.attempt))
                // one failed send must not keep the others waiting: the next run claims it again
                .onFailure().invoke(failure -> LOG.warnf(failure, "announcing submission %s again failed",
                        submission.id))
                .onFailure().recoverWithNull();
    }
}
