package org.disclosure.ingest.service;

import org.disclosure.ingest.repository.Submission;

/** The stored submission; {@code duplicate} when the same bytes had been submitted before. */
public record SubmissionOutcome(Submission submission, boolean duplicate) {
}
