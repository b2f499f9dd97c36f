package org.disclosure.cli;

/** The command line was not understood; the message says how to call the command instead. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
