package org.disclosure.validate.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.StatusChanged;
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

    public ValidatedReportPublisher(@Channel(Channels.VALIDATED) MutinyEmitter<byte[]> validated,
            @Channel(Channels.REVALIDATED) MutinyEmitter<byte[]> revalidated,
            @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status,
            @Channel(Channels.REVALIDATED_STATUS) MutinyEmitter<StatusChanged> revalidatedStatus) {
        this.validated = validated;
        this.revalidated = revalidated;
        this.status = status;
        this.revalidatedStatus = revalidatedStatus;
    }

    public Uni<Void> validated(String key, byte[] json) {
        return validated.sendMessage(keyed(json, key));
    }

    public Uni<Void> revalidated(String key, byte[] json) {
        return revalidated.sendMessage(keyed(json, key));
    }

    public Uni<Void> status(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }

    /** A re-validated report's status, on the status producer that batches. */
    public Uni<Void> revalidatedStatus(StatusChanged change) {
        return revalidatedStatus.sendMessage(keyed(change, change.submissionId().toString()));
    }
}
