package org.disclosure.validate.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.report.AgencyKey;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Hands validated reports to stats-service and tells ingest how each submission went. */
@ApplicationScoped
public class ValidatedReportPublisher {

    private final MutinyEmitter<ReportValidated> validated;
    private final MutinyEmitter<StatusChanged> status;

    public ValidatedReportPublisher(@Channel(Channels.VALIDATED) MutinyEmitter<ReportValidated> validated,
            @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status) {
        this.validated = validated;
        this.status = status;
    }

    public Uni<Void> validated(ReportValidated event) {
        return validated.sendMessage(keyed(event, AgencyKey.messageKey(event.report(), event.submissionId())));
    }

    public Uni<Void> status(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }

    private static <T> Message<T> keyed(T payload, String key) {
        return Message.of(payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build());
    }
}
