package org.disclosure.cli;

/** The platform could not be started or reached; the message says why in words an operator can act on. */
public class PlatformException extends RuntimeException {

    public PlatformException(String message) {
        super(message);
    }

    public PlatformException(String message, Throwable cause) {
        super(message, cause);
    }
}
