package org.disclosure.stats.rest;

/** A request that cannot be served as sent; the message is shown to the caller. */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
