package org.disclosure.parse.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.Stage;
import org.disclosure.contracts.events.StatusChanged;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parse.messaging.ParsedReportPublisher;
import org.disclosure.parser.ParseResult;
import org.disclosure.parser.ReportParser;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Fetches a submission's bytes, parses them and publishes either the canonical report or the reason the document
 * cannot be read. Infrastructure failures are not caught here: the consumer retries them until they pass.
 */
@ApplicationScoped
public class ParsingService {

    static final String SERVICE_NAME = "parse-service";
    private static final Logger LOG = Logger.getLogger(ParsingService.class);

    private final ContentClient content;
    private final ParsedReportPublisher publisher;
    private final ReportParser parser;
    private final ExecutorService parsers;
    private final Counter failures;

    /**
     * @param workers   how many documents are parsed at once: OCR of a scan takes seconds of a core per page, so the
     *                  pool is bounded by the cores the service may use, not by the default worker pool's size
     * @param timeLimit the wall-clock limit per document (scans included)
     */
    public ParsingService(ContentClient content, ParsedReportPublisher publisher, MeterRegistry registry,
            @ConfigProperty(name = "disclosure.parse.workers") int workers,
            @ConfigProperty(name = "disclosure.parse.time-limit") Duration timeLimit) {
        this.content = content;
        this.publisher = publisher;
        this.parser = ReportParser.withOcr(timeLimit);
        this.parsers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().name("parser-", 1).daemon().factory());
        this.failures = Counter.builder("disclosure.reports.failed").tag("stage", "parse")
                .description("Submissions that could not be parsed").register(registry);
    }

    @PreDestroy
    void stop() {
        parsers.shutdownNow();
    }

    public Uni<Void> process(ReportSubmitted event) {
        return content.fetch(event)
                // parsing is CPU work that grows with the document (OCR: seconds per page): keep it off the event
                // loop, on the bounded parser pool
                .emitOn(parsers)
                .map(bytes -> decide(event, parser.parse(bytes)))
                .flatMap(result -> publish(event, result));
    }

    /** A scan whose region, read by OCR, is not the one accepted at submission fails (ScannedRegion). */
    private static ParseResult decide(ReportSubmitted event, ParseResult result) {
        if (!(result instanceof ParseResult.Success success)) return result;
        String accepted = event.metadata() == null ? null : event.metadata().regionCode();
        return ScannedRegion.check(success, accepted).<ParseResult>map(failure -> failure).orElse(result);
    }

    /** The submission could not be processed at all (its record went to the dead-letter topic). */
    public Uni<Void> failed(UUID submissionId, ReportSubmitted event, String reason) {
        failures.increment();
        return publisher.status(StatusChanged.failed(submissionId, Stage.PARSE_FAILED, SERVICE_NAME, reason,
                event == null ? 1 : event.attempt()));
    }

    private Uni<Void> publish(ReportSubmitted event, ParseResult result) {
        if (result instanceof ParseResult.Success success) {
            ParsedReport report = success.report();
            LOG.infof("submission %s parsed: %s %s%s", event.submissionId(), report.agency(), report.year(),
                    success.readByOcr() ? " (" + success.scannedPages() + " scanned pages read by OCR)" : "");
            return publisher.parsed(new ReportParsed(event.submissionId(), event.fileName(), event.sha256(),
                            event.metadata(), report, event.submittedAt(), event.attempt()))
                    .call(() -> publisher.status(StatusChanged.progressed(event.submissionId(), Stage.PARSED,
                            SERVICE_NAME, report.agency(), report.year(), event.attempt())));
        }
        ParseResult.Failure failure = (ParseResult.Failure) result;
        failures.increment();
        LOG.infof("submission %s failed to parse: %s", event.submissionId(), failure.reasonEn());
        return publisher.status(StatusChanged.failed(event.submissionId(), Stage.PARSE_FAILED, SERVICE_NAME,
                failure.reasonZh() + " / " + failure.reasonEn(), event.attempt()));
    }
}
