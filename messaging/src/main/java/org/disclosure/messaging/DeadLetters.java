package org.disclosure.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.disclosure.contracts.events.Topics;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * How every consumer handles one record: read the event from the bytes, do the work, and when that fails for
 * good (not a transient failure, which the caller's {@code @Retry} waits out) count the record as a dead letter
 * ({@code disclosure.dead.letters}), tell ingest the submission failed when its id is known, and fail on so that
 * the connector's dead-letter-queue strategy keeps the record in {@code <topic>.dlq} and the channel goes on.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final MeterRegistry registry;

    public DeadLetters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Tells ingest that a submission failed; {@code event} is null when the record could not be read. */
    @FunctionalInterface
    public interface FailureReport<T> {
        Uni<Void> failed(UUID submissionId, T event, String reason);
    }

    public <T> Uni<Void> handle(String topic, byte[] value, Class<T> type, Function<T, UUID> submissionId,
            Function<T, Uni<Void>> work, FailureReport<T> report) {
        AtomicReference<T> read = new AtomicReference<>();
        return Uni.createFrom().item(() -> EventReader.read(value, type, submissionId))
                .invoke(event -> {
                    read.set(event);
                    MDC.put("submissionId", submissionId.apply(event).toString());
                })
                .flatMap(event -> work.apply(event))
                .onFailure(failure -> !TransientFailure.isTransient(failure)).call(failure -> {
                    count(topic);
                    T event = read.get();
                    UUID id = event != null ? submissionId.apply(event)
                            : failure instanceof PoisonRecordException poison ? poison.submissionId() : null;
                    LOG.errorf(failure, "a record of %s goes to %s (submission %s)", topic, Topics.deadLetters(topic), id);
                    return id == null ? Uni.createFrom().voidItem() : report.failed(id, event, reason(failure));
                });
    }

    /**
     * What a supervisor reads in the submission's status: the record's own fault in our words, never the raw text
     * of an exception (that is logged above with the submission id, for the operator).
     */
    static String reason(Throwable failure) {
        if (failure instanceof PoisonRecordException && failure.getMessage() != null) return failure.getMessage();
        return "处理失败，已保留待重放 / could not be processed and was kept for replay";
    }

    public void count(String topic) {
        Counter.builder("disclosure.dead.letters").tag("topic", topic)
                .description("Records that could not be handled and were kept in a dead-letter topic")
                .register(registry).increment();
    }
}
