package org.disclosure.validate.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.messaging.TransientFailure;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.mapping.ValidatedEventMapper;
import org.disclosure.validate.messaging.ValidatedReportPublisher;
import org.disclosure.validate.repository.StoredReport;
import org.jboss.logging.Logger;

/**
 * Validates each parsed report against the previous year's report of the same agency. Arrival order does
 * not matter: when an earlier year arrives after the later one, the later one is validated again.
 */
@ApplicationScoped
public class ValidationService {

    static final String SERVICE_NAME = "validate-service";
    private static final Logger LOG = Logger.getLogger(ValidationService.class);

    private final ReportHistory history;
    private final ValidatedReportPublisher publisher;
    private final StoredReportMapper mapper;
    private final ValidatedEventMapper events;
    private final Validator validator = new Validator();
    private final Counter failures;

    public ValidationService(ReportHistory history, ValidatedReportPublisher publisher, StoredReportMapper mapper,
            ValidatedEventMapper events, MeterRegistry registry) {
        this.history = history;
        this.publisher = publisher;
        this.mapper = mapper;
        this.events = events;
        this.failures = Counter.builder("disclosure.reports.failed").tag("stage", "validate")
                .description("Parsed reports that could not be validated").register(registry);
    }

    public String ruleSetVersion() {
        return validator.ruleSetVersion();
    }

    /** Runs {@code work} with the text work of each report validated inside done once (one agency's reports). */
    public <T> T sharingTextWork(Supplier<T> work) {
        return validator.sharingTextWork(work);
    }

    /**
     * Keeps the report, validates it and publishes the result; then validates the agency's next year again,
     * since its cross-year rules now have a previous year. Two statements reach the database: the report is kept,
     * then the latest reports of the year before, its own year and the year after are read at once. Transient
     * failures propagate to the consumer's retry; handling the same event twice stores and publishes the same
     * result twice, which changes nothing downstream.
     */
    public Uni<Void> onParsed(ReportParsed event) {
        StoredReport stored = mapper.toEntity(event);
        return history.remember(stored)
                .flatMap(ignored -> history.around(stored.agencyKey, event.report().year()))
                .flatMap(around -> offTheEventLoop(() -> validate(event, history.read(around.previous()),
                                stored.reportJson)).flatMap(this::publish)
                        .flatMap(ignored -> around.next() == null ? Uni.createFrom().voidItem()
                                : revalidateLater(around.next(), history.latestOfYear(around.current(), event))));
    }

    /**
     * The later year validated again against the latest version of this year. A later year that cannot be
     * validated again is reported for its own submission, not for this one.
     */
    private Uni<Void> revalidateLater(StoredReport later, Uni<ReportParsed> previous) {
        return previous.flatMap(latest -> offTheEventLoop(() -> validate(history.read(later), latest,
                        later.reportJson)))
                .flatMap(this::publish)
                .onFailure(failure -> !TransientFailure.isTransient(failure)).recoverWithUni(failure -> {
                    // the exception text goes to the log with the submission id, never into the status reason
                    LOG.errorf(failure, "submission %s could not be validated again", later.submissionId);
                    return failed(later.submissionId, later.attempt,
                            "校验失败，详情已记录在日志中 / validation failed; the details are in the log");
                });
    }

    /** The report could not be validated at all (its record went to the dead-letter topic). */
    /**
     * Decoding a report and running every rule is about a millisecond of CPU: on a worker thread, so that the event
     * loop that answered the database query goes on serving the other consumer's round trips meanwhile.
     */
    private static Uni<Outgoing> offTheEventLoop(Supplier<Outgoing> validation) {
        return Uni.createFrom().item(validation).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    public Uni<Void> failed(UUID submissionId, ReportParsed event, String reason) {
        return failed(submissionId, event == null ? 1 : event.attempt(), reason);
    }

    private Uni<Void> failed(UUID submissionId, int attempt, String reason) {
        failures.increment();
        LOG.errorf("submission %s could not be validated: %s", submissionId, reason);
        return publisher.status(StatusChanged.failed(submissionId, Stage.VALIDATION_FAILED, SERVICE_NAME, reason,
                attempt));
    }

    /** The report checked by the current rule set against the agency's previous year (null: none known). */
    public ReportValidated validate(ReportParsed event, ReportParsed previous) {
        List<Finding> findings = validator.validate(event.report(), new ValidationContext(
                previous == null ? null : previous.report(), event.metadata().publishedOn()));
        return new ReportValidated(event.submissionId(), event.fileName(), event.sha256(), event.metadata(),
                event.report(), findings, validator.ruleSetVersion(), Instant.now(), event.submittedAt(),
                event.attempt());
    }

    /**
     * The same, ready to send: {@code reportJson} is the report's canonical JSON as it is stored, which the event
     * carries as it is (written once, not again per event). Only what the status needs is kept of the report.
     */
    public Outgoing validate(ReportParsed event, ReportParsed previous, byte[] reportJson) {
        ReportValidated validated = validate(event, previous);
        return new Outgoing(validated.submissionId(), validated.report().agency(), validated.report().year(),
                validated.attempt(), AgencyKey.messageKey(event.report(), event.metadata(), event.submissionId()),
                events.toJson(validated, reportJson));
    }

    /** A validated event as it goes to the broker, and what its VALIDATED status says. */
    public record Outgoing(UUID submissionId, String agency, Integer year, int attempt, String key, byte[] json) {
    }

    /** Hands the result to stats-service, then, once the broker holds it, tells ingest the report is validated. */
    public Uni<Void> publish(Outgoing validated) {
        return publisher.validated(validated.key(), validated.json()).call(() -> validatedStatus(validated));
    }

    /**
     * The same for re-validated reports, on the producers that batch: the number published once the broker holds
     * every event and its status.
     */
    public Uni<Integer> republish(List<Outgoing> validated) {
        List<ValidatedReportPublisher.Revalidated> reports = new ArrayList<>(validated.size());
        for (Outgoing report : validated) {
            reports.add(new ValidatedReportPublisher.Revalidated(report.key(), report.json(), statusOf(report)));
        }
        return publisher.revalidated(reports);
    }

    private Uni<Void> validatedStatus(Outgoing validated) {
        return publisher.status(statusOf(validated));
    }

    private static StatusChanged statusOf(Outgoing validated) {
        return StatusChanged.progressed(validated.submissionId(), Stage.VALIDATED, SERVICE_NAME, validated.agency(),
                validated.year(), validated.attempt());
    }
}
