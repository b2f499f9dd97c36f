package org.disclosure.ingest.service;

/** The upload is not a readable zip archive; nothing was stored. */
public class InvalidBatchException extends RuntimeException {

    public InvalidBatchException(String message) {
        super(message);
    }
}
