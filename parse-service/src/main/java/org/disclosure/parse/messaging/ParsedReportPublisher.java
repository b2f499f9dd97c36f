package org.disclosure.parse.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.report.AgencyKey;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Hands canonical reports to validate-service and tells ingest how each submission went. */
@ApplicationScoped
public class ParsedReportPublisher {

    private final MutinyEmitter<ReportParsed> parsed;
    private final MutinyEmitter<StatusChanged> status;

    public ParsedReportPublisher(@Channel(Channels.PARSED) MutinyEmitter<ReportParsed> parsed,
            @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status) {
        this.parsed = parsed;
        this.status = status;
    }

    public Uni<Void> parsed(ReportParsed event) {
        return parsed.sendMessage(keyed(event,
                AgencyKey.messageKey(event.report(), event.metadata(), event.submissionId())));
    }

    public Uni<Void> status(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }
}
