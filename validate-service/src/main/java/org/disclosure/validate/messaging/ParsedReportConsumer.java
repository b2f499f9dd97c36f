package org.disclosure.validate.messaging;

import io.micrometer.core.annotation.Timed;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.Topics;
import org.disclosure.messaging.DeadLetters;
import org.disclosure.messaging.TransientFailure;
import org.disclosure.validate.service.ValidationService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class ParsedReportConsumer {

    private final ValidationService service;
    private final DeadLetters deadLetters;

    public ParsedReportConsumer(ValidationService service, DeadLetters deadLetters) {
        this.service = service;
        this.deadLetters = deadLetters;
    }

    /**
     * The database or the broker being unavailable is waited out (the channel holds its place until they are
     * back); a record that cannot be handled at all goes to reports.parsed.dlq.
     */
    @Incoming(Channels.PARSED)
    @Retry(maxRetries = -1, delay = 500, jitter = 200, maxDuration = 0)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = TransientFailure.class)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "validate"},
            description = "Parsed reports validated, and how long each took")
    public Uni<Void> onParsed(byte[] value) {
        return deadLetters.handle(Topics.PARSED, value, ReportParsed.class, ReportParsed::submissionId,
                service::onParsed, service::failed);
    }
}
