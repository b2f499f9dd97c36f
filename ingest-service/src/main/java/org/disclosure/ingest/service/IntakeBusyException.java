package org.disclosure.ingest.service;

/** Every intake slot is taken: the client is told to come back in {@link #retryAfterSeconds()}. */
public class IntakeBusyException extends RuntimeException {

    private final int retryAfterSeconds;

    public IntakeBusyException(int retryAfterSeconds) {
        super("ingest is reading as many uploads as it may at once; send this one again in " + retryAfterSeconds
                + " seconds", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
