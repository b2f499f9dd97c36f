package org.disclosure.validate.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.report.AgencyKey;
import org.eclipse.microprofile.reactive.messaging.Channel;

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
        return validated.sendMessage(keyed(event,
                AgencyKey.messageKey(event.report(), event.metadata(), event.submissionId())));
    }

    public Uni<Void> status(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }
}
