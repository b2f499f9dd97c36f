package org.disclosure.ingest.service;

/** What became of one file of a zip batch: stored (possibly as a duplicate), or refused with a reason. */
public record BatchOutcome(String name, SubmissionOutcome stored, String problem) {

    static BatchOutcome stored(String name, SubmissionOutcome outcome) {
        return new BatchOutcome(name, outcome, null);
    }

    static BatchOutcome refused(String name, String problem) {
        return new BatchOutcome(name, null, problem);
    }
}
