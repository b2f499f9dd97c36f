package org.disclosure.parse.messaging;

import io.micrometer.core.annotation.Timed;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Topics;
import org.disclosure.messaging.DeadLetters;
import org.disclosure.messaging.TransientFailure;
import org.disclosure.parse.service.ParsingService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class SubmissionConsumer {

    private final ParsingService service;
    private final DeadLetters deadLetters;

    public SubmissionConsumer(ParsingService service, DeadLetters deadLetters) {
        this.service = service;
        this.deadLetters = deadLetters;
    }

    /**
     * Ingest's claim check, Keycloak or the broker being unavailable is waited out (the channel holds its place
     * until they are back); a record that cannot be handled at all goes to reports.submitted.dlq.
     */
    @Incoming(Channels.SUBMITTED)
    @Retry(maxRetries = -1, delay = 500, jitter = 200, maxDuration = 0)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = TransientFailure.class)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "parse"},
            description = "Submissions parsed, and how long each took")
    public Uni<Void> onSubmitted(byte[] value) {
        return deadLetters.handle(Topics.SUBMITTED, value, ReportSubmitted.class, ReportSubmitted::submissionId,
                service::process, service::failed);
    }
}
