package org.disclosure.ingest.messaging;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.ingest.service.SubmissionService;
import org.disclosure.messaging.DeadLetters;
import org.disclosure.messaging.EventReader;
import org.disclosure.messaging.PoisonRecordException;
import org.disclosure.messaging.TransientFailure;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Follows each submission through parse, validate and stats. A database or broker hiccup is retried until it
 * passes; a record that can never be handled goes to {@code reports.status.dlq} and the channel goes on.
 */
@ApplicationScoped
public class StatusConsumer {

    private static final Logger LOG = Logger.getLogger(StatusConsumer.class);

    private final SubmissionService service;
    private final DeadLetters deadLetters;

    public StatusConsumer(SubmissionService service, DeadLetters deadLetters) {
        this.service = service;
        this.deadLetters = deadLetters;
    }

    @Incoming(Channels.STATUS)
    @Retry(maxRetries = -1, delay = 500, maxDuration = 0, jitter = 200)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = TransientFailure.class)
    public Uni<Void> onStatus(byte[] value) {
        return Uni.createFrom().item(() -> read(value))
                .flatMap(change -> {
                    MDC.put("submissionId", change.submissionId().toString());
                    return service.recordStatus(change)
                            // the database refused the step itself (a constraint, a bug): retrying cannot help
                            .onFailure(failure -> !TransientFailure.isTransient(failure))
                            .transform(failure -> failure instanceof PoisonRecordException ? failure
                                    : new PoisonRecordException("状态无法记录 / the status " + change.stage()
                                            + " could not be recorded: " + failure.getMessage(),
                                            change.submissionId(), failure));
                })
                // not while the service stops: then every failure is left to the partition's next owner
                .onFailure(failure -> failure instanceof PoisonRecordException && !TransientFailure.isTransient(failure))
                .call(failure -> deadLettered(value, (PoisonRecordException) failure));
    }

    private static StatusChanged read(byte[] value) {
        StatusChanged change = EventReader.read(value, StatusChanged.class, StatusChanged::submissionId);
        if (change.stage() == null) {
            throw new PoisonRecordException("状态消息缺少阶段 / a StatusChanged event without a stage",
                    change.submissionId());
        }
        return change;
    }

    /**
     * The record goes to the dead-letter topic once this Uni fails (failure-strategy dead-letter-queue). Its
     * submission, when the record names one, is marked failed: it would otherwise wait for a step that never
     * comes.
     */
    private Uni<Void> deadLettered(byte[] value, PoisonRecordException poison) {
        deadLetters.count(Topics.STATUS);
        UUID submissionId = poison.submissionId() != null ? poison.submissionId() : SubmissionIds.in(value);
        LOG.errorf("status record kept as a dead letter in %s (submission %s): %s", Topics.deadLetters(Topics.STATUS),
                submissionId, poison.getMessage());
        if (submissionId == null) return Uni.createFrom().voidItem();
        return service.markUnrecordable(submissionId, poison.getMessage())
                // the record is dead-lettered all the same; its submission then shows up as stuck
                .onFailure().invoke(failure -> LOG.warnf(failure, "could not mark submission %s failed",
                        submissionId))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
