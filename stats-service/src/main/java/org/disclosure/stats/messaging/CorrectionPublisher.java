package org.disclosure.stats.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.report.AgencyKey;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends a corrected report to validation as parse-service sends a parsed one (same event, same key), so that it is
 * checked by every rule, cross-year ones included, and comes back on reports.validated.
 */
@ApplicationScoped
public class CorrectionPublisher {

    private final MutinyEmitter<ReportParsed> parsed;

    public CorrectionPublisher(@Channel(Channels.PARSED) MutinyEmitter<ReportParsed> parsed) {
        this.parsed = parsed;
    }

    /** Completes once the broker holds the event (acks=all). */
    public Uni<Void> publish(ReportParsed event) {
        return parsed.sendMessage(keyed(event,
                AgencyKey.messageKey(event.report(), event.metadata(), event.submissionId())));
    }
}
