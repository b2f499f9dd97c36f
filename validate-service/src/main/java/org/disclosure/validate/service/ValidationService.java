package org.disclosure.validate.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportValidated;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.messaging.TransientFailure;
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
    /** Reports re-validated per page of history. */
    static final int REVALIDATION_PAGE = 500;

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

    /**
     * Keeps the report, validates it and publishes the result; then validates the agency's next year again,
     * since its cross-year rules now have a previous year. Transient failures propagate to the consumer's retry;
     * handling the same event twice stores and publishes the same result twice, which changes nothing downstream.
     */
    public Uni<Void> onParsed(ReportParsed event) {
        String agency = AgencyKey.of(event.report(), event.metadata());
        Integer year = event.report().year();
        return history.remember(event)
                .flatMap(ignored -> validateAndPublish(event))
                .flatMap(ignored -> year == null ? Uni.createFrom().<ReportParsed>nullItem()
                        : history.find(agency, year + 1))
                .flatMap(later -> later == null ? Uni.createFrom().voidItem() : revalidateLater(later));
    }

    /** A later year that cannot be validated again is reported for its own submission, not for this one. */
    private Uni<Void> revalidateLater(ReportParsed later) {
        return revalidate(later).onFailure(failure -> !TransientFailure.isTransient(failure))
                .recoverWithUni(failure -> {
                    // the exception text goes to the log with the submission id, never into the status reason
                    LOG.errorf(failure, "submission %s could not be validated again", later.submissionId());
                    return failed(later.submissionId(), later,
                            "校验失败，详情已记录在日志中 / validation failed; the details are in the log");
                });
    }

    /** The report could not be validated at all (its record went to the dead-letter topic). */
    public Uni<Void> failed(UUID submissionId, ReportParsed event, String reason) {
        failures.increment();
        LOG.errorf("submission %s could not be validated: %s", submissionId, reason);
        return publisher.status(StatusChanged.failed(submissionId, Stage.VALIDATION_FAILED, SERVICE_NAME, reason,
                event == null ? 1 : event.attempt()));
    }

    /** Validates every stored report again with the current rule set; the statistics follow the new events. */
    public Uni<Integer> revalidateAll() {
        // page by page, so that a national history of 100,000 reports never sits in memory at once
        return revalidateFrom(null, 0);
    }

    private Uni<Integer> revalidateFrom(ReportHistory.Page after, int done) {
        return history.page(after, REVALIDATION_PAGE).flatMap(page -> {
            if (page.reports().isEmpty()) return Uni.createFrom().item(done);
            return Multi.createFrom().iterable(page.reports())
                    .onItem().transformToUniAndConcatenate(this::revalidate)
                    .collect().last()
                    // the Uni<Void> results carry no items to count: the answer is how many were sent
                    .flatMap(ignored -> page.reports().size() < REVALIDATION_PAGE
                            ? Uni.createFrom().item(done + page.reports().size())
                            : revalidateFrom(page, done + page.reports().size()));
        });
    }

    private Uni<Void> revalidate(ReportParsed event) {
        LOG.infof("re-validating submission %s (%s %s)", event.submissionId(), event.report().agency(),
                event.report().year());
        return validateAndPublish(event);
    }

    private Uni<Void> validateAndPublish(ReportParsed event) {
        Integer year = event.report().year();
        String agency = AgencyKey.of(event.report(), event.metadata());
        return (year == null ? Uni.createFrom().<ReportParsed>nullItem() : history.find(agency, year - 1))
                .map(previous -> validator.validate(event.report(), new ValidationContext(
                        previous == null ? null : previous.report(), event.metadata().publishedOn())))
                .flatMap(findings -> publish(event, findings));
    }

    private Uni<Void> publish(ReportParsed event, List<Finding> findings) {
        ReportValidated validated = new ReportValidated(event.submissionId(), event.fileName(), event.sha256(),
                event.metadata(), event.report(), findings, validator.ruleSetVersion(), Instant.now(),
                event.submittedAt(), event.attempt());
        return publisher.validated(validated)
                .call(() -> publisher.status(StatusChanged.progressed(event.submissionId(), Stage.VALIDATED,
                        SERVICE_NAME, event.report().agency(), event.report().year(), event.attempt())));
    }
}
