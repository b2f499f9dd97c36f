package org.disclosure.stats.messaging;

import io.micrometer.core.annotation.Timed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.stats.service.ReportService;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/** Stores each validated report and tells ingest that the submission reached the statistics. */
@ApplicationScoped
public class ValidatedReportConsumer {

    static final String SERVICE_NAME = "stats-service";
    private static final Logger LOG = Logger.getLogger(ValidatedReportConsumer.class);

    private final ReportService service;
    private final MutinyEmitter<StatusChanged> status;
    private final Counter failures;

    public ValidatedReportConsumer(ReportService service,
            @Channel(Channels.STATUS) MutinyEmitter<StatusChanged> status, MeterRegistry registry) {
        this.service = service;
        this.status = status;
        this.failures = Counter.builder("disclosure.reports.failed").tag("stage", "store")
                .description("Validated reports that could not be stored").register(registry);
    }

    @Incoming(Channels.VALIDATED)
    @Timed(value = "disclosure.reports.processed", extraTags = {"stage", "store"},
            description = "Validated reports stored, and how long each took")
    public Uni<Void> onValidated(ReportValidated event) {
        MDC.put("submissionId", event.submissionId().toString());
        return service.store(event)
                // a database hiccup is retried before the report is declared failed
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).atMost(3)
                .map(report -> StatusChanged.progressed(event.submissionId(), Stage.STORED, SERVICE_NAME,
                        report.agency, report.year))
                .onFailure().recoverWithItem(failure -> {
                    failures.increment();
                    LOG.errorf(failure, "submission %s could not be stored", event.submissionId());
                    return StatusChanged.failed(event.submissionId(), Stage.STORE_FAILED, SERVICE_NAME,
                            "统计入库失败 / the report could not be stored: " + failure.getMessage());
                })
                .flatMap(change -> status.sendMessage(Message.of(change).addMetadata(
                        OutgoingKafkaRecordMetadata.<String>builder().withKey(change.submissionId().toString())
                                .build())));
    }
}
