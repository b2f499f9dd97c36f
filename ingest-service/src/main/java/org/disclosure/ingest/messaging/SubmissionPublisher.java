package org.disclosure.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.disclosure.contracts.events.ReportSubmitted;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Announces a stored submission to parse-service. */
@ApplicationScoped
public class SubmissionPublisher {

    private final MutinyEmitter<ReportSubmitted> emitter;

    public SubmissionPublisher(@Channel(Channels.SUBMITTED) MutinyEmitter<ReportSubmitted> emitter) {
        this.emitter = emitter;
    }

    /** Completes once Kafka has acknowledged the event. */
    public Uni<Void> publish(ReportSubmitted event) {
        Message<ReportSubmitted> message = Message.of(event).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.submissionId().toString()).build());
        return emitter.sendMessage(message);
    }
}
