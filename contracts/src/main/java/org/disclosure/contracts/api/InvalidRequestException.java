package org.disclosure.contracts.api;

/**
 * A request that cannot be served as sent; the message is shown to the caller as an {@link ApiError} with
 * status 400 by each service's exception mapper.
 */
public class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
