package org.disclosure.stats.service;

/** A correction that cannot be made: invalid as asked (400), or made against a value that is no longer there (409). */
public class CorrectionRefusedException extends RuntimeException {

    private final boolean conflict;

    private CorrectionRefusedException(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    /** The request itself is wrong: an unknown cell, a negative count, no reason. */
    public static CorrectionRefusedException invalid(String message) {
        return new CorrectionRefusedException(message, false);
    }

    /** The report changed since the supervisor looked at it. */
    public static CorrectionRefusedException conflict(String message) {
        return new CorrectionRefusedException(message, true);
    }

    public boolean conflict() {
        return conflict;
    }
}
