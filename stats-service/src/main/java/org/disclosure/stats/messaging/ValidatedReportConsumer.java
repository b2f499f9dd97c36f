package org.disclosure.stats.messaging;

import static org.disclosure.messaging.KeyedMessages.keyed;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.faulttolerance.api.RetryWhen;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.events.Topics;
import org.disclosure.messaging.DeadLetters;
import org.disclosure.messaging.RawJsonField;
import org.disclosure.messaging.TransientFailure;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Stores each validated report and tells ingest that the submission reached the statistics. */
@ApplicationScoped
public class ValidatedReportConsumer {

    static final String SERVICE_NAME = "stats-service";

    private final ReportService service;
    private final MutinyEmitter<StatusChanged> status;
    private final DeadLetters deadLetters;
    private final Counter failures;

    public ValidatedReportConsumer(ReportService service, @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status,
            DeadLetters deadLetters, MeterRegistry registry) {
        this.service = service;
        this.status = status;
        this.deadLetters = deadLetters;
        this.failures = Counter.builder("disclosure.reports.failed").tag("stage", "store")
                .description("Validated reports that could not be stored").register(registry);
    }

    /**
     * The database or the broker being unavailable is waited out (the channel holds its place until they are
     * back); a report the database refuses goes to reports.validated.dlq and its submission is marked failed.
     */
    @Incoming(Channels.VALIDATED)
    @Retry(maxRetries = -1, delay = 500, jitter = 200, maxDuration = 0)
    @ExponentialBackoff(maxDelay = 30, maxDelayUnit = ChronoUnit.SECONDS)
    @RetryWhen(exception = TransientFailure.class)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "store"},
            description = "Validated reports stored, and how long each took")
    public Uni<Void> onValidated(byte[] value) {
        return deadLetters.handle(Topics.VALIDATED, value, ReportValidated.class, ReportValidated::submissionId,
                event -> store(event, value), this::failed);
    }

    private Uni<Void> store(ReportValidated event, byte[] value) {
        // the report's JSON as the record carries it: writing the decoded report again cost as much as reading it
        byte[] reportJson = RawJsonField.of(value, "report");
        return (reportJson == null ? service.store(event) : service.store(event, reportJson))
                .flatMap(report -> send(StatusChanged.progressed(event.submissionId(), Stage.STORED, SERVICE_NAME,
                        report.agency, report.year, event.attempt())));
    }

    private Uni<Void> failed(UUID submissionId, ReportValidated event, String reason) {
        failures.increment();
        return send(StatusChanged.failed(submissionId, Stage.STORE_FAILED, SERVICE_NAME,
                "统计入库失败 / the report could not be stored: " + reason, event == null ? 1 : event.attempt()));
    }

    private Uni<Void> send(StatusChanged change) {
        return status.sendMessage(keyed(change, change.submissionId().toString()));
    }
}
