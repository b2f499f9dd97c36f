package org.disclosure.ingest.service;

/** The submitter may not submit this report; nothing was stored. The message says why. */
public class SubmissionRefusedException extends RuntimeException {

    public SubmissionRefusedException(String message) {
        super(message);
    }
}
