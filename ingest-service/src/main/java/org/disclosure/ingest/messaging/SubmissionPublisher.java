package org.disclosure.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.messaging.KeyedMessages;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Announces a stored submission to parse-service. */
@ApplicationScoped
public class SubmissionPublisher {

    private final MutinyEmitter<ReportSubmitted> emitter;

    public SubmissionPublisher(@Channel(Channels.SUBMITTED) MutinyEmitter<ReportSubmitted> emitter) {
        this.emitter = emitter;
    }

    /** Completes once Kafka has acknowledged the event (acks=all: every in-sync replica has it). */
    public Uni<Void> publish(ReportSubmitted event) {
        return emitter.sendMessage(KeyedMessages.keyed(event, event.submissionId().toString()));
    }
}
