package org.disclosure.messaging;

/**
 * A service the handler depends on answered that it cannot serve now (HTTP 5xx, 429): retried until it can,
 * never a failure of the report.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message) {
        super(message);
    }
}
