package org.disclosure.ingest.service;

import java.util.List;
import org.disclosure.ingest.repository.StatusEntry;
import org.disclosure.ingest.repository.Submission;

/** A submission with its history, oldest step first. */
public record SubmissionDetails(Submission submission, List<StatusEntry> history) {
}
