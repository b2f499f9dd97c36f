package org.disclosure.ingest.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.disclosure.contracts.events.ReportSubmitted;
import org.disclosure.contracts.events.SubmissionMetadata;
import org.disclosure.ingest.IngestConfig;
import org.disclosure.ingest.repository.Submission;
import org.disclosure.ingest.rest.BatchReceipt;
import org.disclosure.ingest.rest.SubmissionReceipt;
import org.disclosure.ingest.rest.StuckSubmissionView;
import org.disclosure.ingest.rest.SubmissionView;
import org.disclosure.ingest.service.BatchOutcome;
import org.disclosure.ingest.service.SubmissionDetails;
import org.disclosure.ingest.service.SubmissionOutcome;

@ApplicationScoped
public class SubmissionMapper {

    private final IngestConfig config;

    public SubmissionMapper(IngestConfig config) {
        this.config = config;
    }

    /** The announcement of a submission whose bytes parse-service fetches with the claim check. */
    public ReportSubmitted toEvent(Submission submission) {
        return toEvent(submission, null);
    }

    /**
     * The announcement with the bytes in it when they are at most {@code inline-content-max}: a report of a few
     * kilobytes then costs parse-service no HTTP round trip and ingest no token check and database read.
     */
    public ReportSubmitted toEvent(Submission submission, byte[] bytes) {
        byte[] content = bytes != null && bytes.length <= config.inlineContentMax().asLongValue() ? bytes : null;
        return new ReportSubmitted(submission.id, submission.fileName, submission.contentType, submission.size,
                submission.sha256, contentUrl(submission), metadata(submission), submission.submittedAt,
                submission.attempt, content);
    }

    public SubmissionReceipt toReceipt(SubmissionOutcome outcome) {
        Submission submission = outcome.submission();
        return new SubmissionReceipt(submission.id, submission.fileName, submission.sha256, submission.stage,
                outcome.duplicate());
    }

    public BatchReceipt toBatchReceipt(List<BatchOutcome> outcomes) {
        List<BatchReceipt.Entry> entries = outcomes.stream().map(outcome -> outcome.stored() == null
                ? new BatchReceipt.Entry(outcome.name(), null, false, outcome.problem())
                : new BatchReceipt.Entry(outcome.name(), outcome.stored().submission().id,
                        outcome.stored().duplicate(), null)).toList();
        int stored = (int) entries.stream().filter(entry -> entry.id() != null).count();
        return new BatchReceipt(stored, entries.size() - stored, entries);
    }

    public SubmissionView toView(SubmissionDetails details) {
        Submission submission = details.submission();
        List<SubmissionView.Step> history = details.history().stream()
                .map(entry -> new SubmissionView.Step(entry.stage, entry.service, entry.reason, entry.at, entry.attempt))
                .toList();
        return new SubmissionView(submission.id, submission.fileName, submission.size, submission.sha256,
                submission.stage, submission.stage.failed(), submission.reason,
                submission.parsedAgency != null ? submission.parsedAgency : submission.agency,
                submission.parsedYear != null ? submission.parsedYear : submission.year, metadata(submission),
                submission.submittedAt, submission.updatedAt, submission.attempt, submission.announcedAt, history);
    }

    public StuckSubmissionView toStuckView(Submission submission) {
        return new StuckSubmissionView(submission.id, submission.fileName, submission.stage, submission.attempt,
                submission.updatedAt, submission.announcedAt, submission.progressedAt);
    }

    private String contentUrl(Submission submission) {
        return config.publicUrl().replaceAll("/+$", "") + "/api/submissions/" + submission.id + "/content";
    }

    private static SubmissionMetadata metadata(Submission submission) {
        return new SubmissionMetadata(submission.agency, submission.regionCode, submission.year,
                submission.publishedOn, submission.sourceUrl);
    }
}
