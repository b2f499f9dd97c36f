package org.disclosure.ingest.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.mapping.SubmissionMapper;
import org.disclosure.ingest.messaging.SubmissionPublisher;

/**
 * Takes reports in: checks the submitter's region, stores the bytes (once per content) and announces new
 * submissions to the pipeline. Single uploads and zip batches go the same way.
 */
@ApplicationScoped
public class IntakeService {

    private final RegionGuard regionGuard;
    private final SubmissionService submissions;
    private final SubmissionPublisher publisher;
    private final SubmissionMapper mapper;
    private final ZipBatchReader batchReader;

    public IntakeService(RegionGuard regionGuard, SubmissionService submissions, SubmissionPublisher publisher,
            SubmissionMapper mapper, IngestConfig config) {
        this.regionGuard = regionGuard;
        this.submissions = submissions;
        this.publisher = publisher;
        this.mapper = mapper;
        this.batchReader = new ZipBatchReader(new BatchLimits(config.batch().maxEntries(),
                config.maxReportSize().asLongValue(), config.batch().maxUnpackedSize().asLongValue()));
    }

    public Uni<SubmissionOutcome> accept(Submitter submitter, Upload upload) {
        return regionGuard.check(submitter, upload)
                .flatMap(ignored -> submissions.submit(upload))
                // stored first, announced second: a lost announcement never loses the report
                .call(outcome -> outcome.duplicate() ? Uni.createFrom().voidItem()
                        : publisher.publish(mapper.toEvent(outcome.submission())));
    }

    /** Every file of the zip as its own submission; a refused or failing entry fails alone. */
    public Uni<List<BatchOutcome>> acceptBatch(Submitter submitter, byte[] zip, SubmissionMetadata metadata) {
        List<BatchEntry> entries = batchReader.read(zip);
        return Multi.createFrom().iterable(entries)
                .onItem().transformToUniAndConcatenate(entry -> entry.isAccepted()
                        ? accept(submitter, new Upload(entry.name(), null, entry.bytes(), metadata))
                                .map(outcome -> BatchOutcome.stored(entry.name(), outcome))
                                .onFailure().recoverWithItem(failure -> BatchOutcome.refused(entry.name(),
                                        failure.getMessage()))
                        : Uni.createFrom().item(BatchOutcome.refused(entry.name(), entry.problem())))
                .collect().asList();
    }
}
