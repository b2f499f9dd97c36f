package org.disclosure.validate.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Hands validated reports to stats-service and tells ingest how each submission went. A validated event is sent
 * as the JSON the service wrote ({@code ValidatedEventMapper}); a report that arrives goes out on a producer that
 * does not linger (the consumer awaits each send), a re-validated one on a producer that batches (thousands a
 * second, none awaited alone). Both write to reports.validated. Statuses likewise: one producer that does not
 * linger, one that batches for re-validation; both write to reports.status.
 */
@ApplicationScoped
public class ValidatedReportPublisher {

    private final MutinyEmitter<byte[]> validated;
    private final MutinyEmitter<byte[]> revalidated;
    private final MutinyEmitter<StatusChanged> status;
    private final MutinyEmitter<StatusChanged> revalidatedStatus;
    private final KafkaClientService clients;

    public ValidatedReportPublisher(@Channel(Channels.VALIDATED) MutinyEmitter<byte[]> validated,
            @Channel(Channels.REVALIDATED) MutinyEmitter<byte[]> revalidated,
            @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status,
            @Channel(Channels.REVALIDATED_STATUS) MutinyEmitter<StatusChanged> revalidatedStatus,
            KafkaClientService clients) {
        this.validated = validated;
        // the re-validation channels' emitters are not sent to: they declare the channels, whose producers
        // revalidated() uses
        this.revalidated = revalidated;
        this.status = status;
        this.revalidatedStatus = revalidatedStatus;
        this.clients = clients;
    }

    /** A re-validated report: its event's key and JSON, and the status to send once the broker holds the event. */
    public record Revalidated(String key, byte[] json, StatusChanged status) {
    }

    /**
     * Sends re-validated reports on the re-validation channels' own Kafka producers (their configuration: acks=all,
     * idempotence, lingering, zstd), each status once the broker holds its event; completes with the number sent once
     * every status is acknowledged, or fails with the first failure. Straight on the producers, from the calling
     * worker thread: through the emitters each report cost two messages, about ten Mutiny stages with their context
     * propagation, a hop to SmallRye's sending thread and one back to the event loop per acknowledgement, which
     * together took as much CPU as decoding the report (validate-service README "Performance"). Memory stays bounded
     * by the producers' {@code buffer.memory}: a send waits when it is full.
     */
    public Uni<Integer> revalidated(List<Revalidated> reports) {
        if (reports.isEmpty()) return Uni.createFrom().item(0);
        Producer<String, byte[]> events = clients.<String, byte[]>getProducer(Channels.REVALIDATED).unwrap();
        Producer<String, StatusChanged> statuses = clients.<String, StatusChanged>getProducer(Channels.REVALIDATED_STATUS)
                .unwrap();
        return Uni.createFrom().<Integer>emitter(done -> {
            AtomicInteger pending = new AtomicInteger(reports.size());
            AtomicBoolean failed = new AtomicBoolean();
            Callback acknowledged = (metadata, failure) -> {
                if (failure != null) {
                    if (failed.compareAndSet(false, true)) done.fail(failure);
                } else if (pending.decrementAndGet() == 0) {
                    done.complete(reports.size());
                }
            };
            try {
                for (Revalidated report : reports) {
                    if (failed.get()) return;
                    events.send(new ProducerRecord<>(Topics.VALIDATED, report.key(), report.json()), (metadata, failure) -> {
                        if (failure != null) {
                            acknowledged.onCompletion(metadata, failure);
                            return;
                        }
                        try {
                            statuses.send(new ProducerRecord<>(Topics.STATUS, report.status().submissionId().toString(),
                                    report.status()), acknowledged);
                        } catch (RuntimeException e) {
                            acknowledged.onCompletion(null, e);
                        }
                    });
                }
            } catch (RuntimeException e) {
                if (failed.compareAndSet(false, true)) done.fail(e);
            }
        });
    }

    public Uni<Void> validated(String key, byte[] json) {
        return validated.sendMessage(keyed(json, key));
    }

    public Uni<Void> status(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }

}
