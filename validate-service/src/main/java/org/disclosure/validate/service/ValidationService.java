package org.disclosure.validate.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;
import org.disclosure.validate.messaging.ValidatedReportPublisher;
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
    private final Validator validator = new Validator();
    private final Counter failures;

    public ValidationService(ReportHistory history, ValidatedReportPublisher publisher, MeterRegistry registry) {
        this.history = history;
        this.publisher = publisher;
        this.failures = Counter.builder("disclosure.reports.failed").tag("stage", "validate")
                .description("Parsed reports that could not be validated").register(registry);
    }

    public String ruleSetVersion() {
        return validator.ruleSetVersion();
    }

    public Uni<Void> onParsed(ReportParsed event) {
        String agency = AgencyKey.of(event.report());
        Integer year = event.report().year();
        return withRetries(history.remember(event).flatMap(ignored -> validateAndPublish(event)))
                .onFailure().recoverWithUni(failure -> failed(event, failure))
                .flatMap(ignored -> year == null ? Uni.createFrom().<ReportParsed>nullItem()
                        : history.find(agency, year + 1))
                .flatMap(later -> later == null ? Uni.createFrom().voidItem()
                        : withRetries(revalidate(later)).onFailure().recoverWithUni(failure -> failed(later, failure)));
    }

    /** A database or broker hiccup is retried before a report is declared failed. */
    private static Uni<Void> withRetries(Uni<Void> work) {
        return work.onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).atMost(3);
    }

    /** The failure is reported for the submission it concerns, never for another one being processed. */
    private Uni<Void> failed(ReportParsed event, Throwable failure) {
        failures.increment();
        LOG.errorf(failure, "submission %s could not be validated", event.submissionId());
        return publisher.status(StatusChanged.failed(event.submissionId(), Stage.VALIDATION_FAILED, SERVICE_NAME,
                "校验失败 / validation failed: " + failure.getMessage()));
    }

    /** Validates every stored report again with the current rule set; the statistics follow the new events. */
    public Uni<Integer> revalidateAll() {
        return history.all()
                .flatMap(reports -> Multi.createFrom().iterable(reports)
                        .onItem().transformToUniAndConcatenate(this::revalidate)
                        .collect().last()
                        // the Uni<Void> results carry no items to count: the answer is how many were sent
                        .replaceWith(reports.size()));
    }

    private Uni<Void> revalidate(ReportParsed event) {
        LOG.infof("re-validating submission %s (%s %s)", event.submissionId(), event.report().agency(),
                event.report().year());
        return validateAndPublish(event);
    }

    private Uni<Void> validateAndPublish(ReportParsed event) {
        Integer year = event.report().year();
        String agency = AgencyKey.of(event.report());
        return (year == null ? Uni.createFrom().<ReportParsed>nullItem() : history.find(agency, year - 1))
                .map(previous -> validator.validate(event.report(), new ValidationContext(
                        previous == null ? null : previous.report(), event.metadata().publishedOn())))
                .flatMap(findings -> publish(event, findings));
    }

    private Uni<Void> publish(ReportParsed event, List<Finding> findings) {
        ReportValidated validated = new ReportValidated(event.submissionId(), event.fileName(), event.sha256(),
                event.metadata(), event.report(), findings, validator.ruleSetVersion(), Instant.now(),
                event.submittedAt());
        return publisher.validated(validated)
                .call(() -> publisher.status(StatusChanged.progressed(event.submissionId(), Stage.VALIDATED,
                        SERVICE_NAME, event.report().agency(), event.report().year())));
    }
}
