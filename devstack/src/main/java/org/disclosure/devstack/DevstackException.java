package org.disclosure.devstack;

/** A part of the devstack could not be started or used; the message names the component and the cause. */
public class DevstackException extends RuntimeException {

    public DevstackException(String message) {
        super(message);
    }

    public DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
