package org.disclosure.ingest.messaging;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.service.SubmissionService;
import org.jboss.logging.Logger;

/**
 * Announces again the submissions that are stored but never reached parse-service. The bytes are committed
 * before the event is sent, so a crash or a broker outage in between would otherwise leave a report
 * stranded in "received" for good.
 */
@ApplicationScoped
public class UnprocessedSubmissionsRepublisher {

    private static final Logger LOG = Logger.getLogger(UnprocessedSubmissionsRepublisher.class);
    private static final int BATCH = 100;

    private final SubmissionService service;
    private final SubmissionPublisher publisher;
    private final SubmissionMapper mapper;
    private final Duration patience;

    public UnprocessedSubmissionsRepublisher(SubmissionService service, SubmissionPublisher publisher,
            SubmissionMapper mapper, IngestConfig config) {
        this.service = service;
        this.publisher = publisher;
        this.mapper = mapper;
        this.patience = config.republishAfter();
    }

    @Scheduled(every = "${disclosure.ingest.republish-every}", delayed = "${disclosure.ingest.republish-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> republish() {
        return service.claimUnprocessed(patience, BATCH)
                .onItem().transformToMulti(stuck -> Multi.createFrom().iterable(stuck))
                .onItem().transformToUniAndConcatenate(submission -> {
                    LOG.infof("announcing submission %s again: no progress for %s", submission.id, patience);
                    return publisher.publish(mapper.toEvent(submission));
                })
                .collect().last()
                .replaceWithVoid();
    }
}
