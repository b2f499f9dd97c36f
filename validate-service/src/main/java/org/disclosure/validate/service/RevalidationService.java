package org.disclosure.validate.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.disclosure.contracts.events.ReportParsed;
import org.disclosure.validate.mapping.StoredReportMapper;
import org.disclosure.validate.repository.StoredReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Validates every stored report again with the current rule set and publishes each result as a new
 * reports.validated event (and a VALIDATED status), exactly as when the report first arrived; the statistics
 * follow. The history is read a page of whole agencies at a time; the agencies of a page are decoded and
 * validated on worker threads, and a bounded number of events are in flight to the broker at once, so memory
 * holds one page and the events awaiting their acknowledgement, whatever the size of the history.
 */
@ApplicationScoped
public class RevalidationService {

    private static final Logger LOG = Logger.getLogger(RevalidationService.class);
    /** Reports validated in one scope of shared text work (see {@link #validateAgency}). */
    private static final int SHARING = 8;

    private final HistoryWalk walk;
    private final ValidationService validation;
    private final StoredReportMapper mapper;
    private final int pageSize;
    private final int parallelism;
    private final int pagesAtOnce;

    public RevalidationService(HistoryWalk walk, ValidationService validation, StoredReportMapper mapper,
            @ConfigProperty(name = "validate.revalidation.page-size") int pageSize,
            @ConfigProperty(name = "validate.revalidation.parallelism") int parallelism,
            @ConfigProperty(name = "validate.revalidation.pages-at-once") int pagesAtOnce) {
        this.walk = walk;
        this.validation = validation;
        this.mapper = mapper;
        this.pageSize = pageSize;
        this.parallelism = parallelism;
        this.pagesAtOnce = pagesAtOnce;
    }

    /**
     * Re-validates the whole history; the number of reports published again. {@code onPage} is told the reports of
     * each page once the broker holds them all (a job's progress); a failure to note it does not stop the walk.
     */
    public Uni<Integer> all(Function<Integer, Uni<Void>> onPage) {
        return all(pageSize, onPage);
    }

    /** The same with pages of at most {@code size} reports (an agency larger than a page is read alone). */
    public Uni<Integer> all(int size, Function<Integer, Uni<Void>> onPage) {
        HistoryWalk.Cursor cursor = HistoryWalk.start();
        long started = System.nanoTime();
        // a few pages at a time (the next is read and validated while the last results of one await the broker);
        // a page is released once published, so memory never holds more than pagesAtOnce pages
        return Multi.createBy().repeating().uni(() -> cursor, at -> walk.next(at, size))
                .until(List::isEmpty)
                .onItem().transformToUni(agencies -> page(agencies).call(count -> onPage.apply(count)
                        .onFailure().invoke(failure -> LOG.warnf("progress of a re-validation not noted: %s", failure))
                        .onFailure().recoverWithNull()))
                .merge(pagesAtOnce)
                .collect().in(() -> new int[1], (total, count) -> total[0] += count)
                .map(total -> total[0])
                .invoke(total -> LOG.infof("re-validated %d reports in %d ms with rule set %s", total,
                        (System.nanoTime() - started) / 1_000_000, validation.ruleSetVersion()));
    }

    /**
     * A page's agencies, each decoded, validated and sent on a worker thread (up to {@code parallelism} at once);
     * the reports published once the broker holds each event and its status. The acknowledgements arrive on the
     * producers' network threads: what follows them (the next agency, the next page) goes back to a worker.
     */
    private Uni<Integer> page(List<List<StoredReport>> agencies) {
        return Multi.createFrom().iterable(agencies)
                .onItem().transformToUni(agency -> Uni.createFrom().deferred(() -> validation.republish(
                                validateAgency(agency)))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(Infrastructure.getDefaultWorkerPool()))
                .merge(parallelism)
                .collect().in(() -> new int[1], (total, count) -> total[0] += count)
                .map(total -> total[0]);
    }

    /**
     * One agency's reports, each checked against the agency's latest report of the year before. The validations of
     * up to {@value #SHARING} consecutive reports (by year) share each report's text work: a year's report is read
     * once, not again as the next year's previous year, and an agency with hundreds of versions does not keep all
     * their texts at once. A row's JSON is let go once its event is made, so a page holds the JSON of the events
     * still to be acknowledged.
     */
    private List<ValidationService.Outgoing> validateAgency(List<StoredReport> rows) {
        List<ReportParsed> reports = new ArrayList<>(rows.size());
        for (StoredReport row : rows) reports.add(mapper.toEvent(row));
        PreviousYears previous = new PreviousYears(reports);
        List<ValidationService.Outgoing> validated = new ArrayList<>(reports.size());
        for (int from = 0; from < reports.size(); from += SHARING) {
            int to = Math.min(from + SHARING, reports.size());
            int first = from;
            validation.sharingTextWork(() -> {
                for (int i = first; i < to; i++) {
                    ReportParsed report = reports.get(i);
                    validated.add(validation.validate(report, previous.of(report), rows.get(i).reportJson));
                    rows.get(i).reportJson = null;
                }
                return null;
            });
        }
        return validated;
    }
}
