package org.disclosure.contracts.events;

/** Pass numbers of a submission through the pipeline. */
final class Attempts {

    private Attempts() {
    }

    /** Events written before attempts were counted carry none (0 in JSON): they belong to the first pass. */
    static int normalised(int attempt) {
        return Math.max(attempt, 1);
    }
}
