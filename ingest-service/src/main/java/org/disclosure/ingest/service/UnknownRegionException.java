package org.disclosure.ingest.service;

/** The report's region could not be told, so the submitter's rights cannot be checked; nothing was stored. */
public class UnknownRegionException extends RuntimeException {

    public UnknownRegionException(String message) {
        super(message);
    }
}
