package org.disclosure.ingest.service;

import org.disclosure.contracts.events.Stage;

/**
 * Decides whether a reported stage replaces the current one. Status messages from different services, passes
 * and retries arrive in any order; the stage shown must still never go backwards:
 * <ul>
 * <li>a step of an earlier pass (attempt) never changes the stage, a step of a later pass always does;</li>
 * <li>within one pass, steps advance (received &lt; parsed &lt; validated &lt; stored) and {@code stored} is final:
 * a late failure of the same pass cannot undo a report that is stored;</li>
 * <li>a failure replaces a stage in progress;</li>
 * <li>a success of a later step than the failed one clears the failure: the step was tried again (redelivery,
 * re-announcement of a stuck report) and got further, so the later successful try wins.</li>
 * </ul>
 */
final class StageProgress {

    private StageProgress() {
    }

    static boolean advances(Stage current, int currentAttempt, Stage reported, int reportedAttempt) {
        if (reportedAttempt != currentAttempt) return reportedAttempt > currentAttempt;
        if (current == null) return true;
        if (current == Stage.STORED) return false;
        if (reported.failed()) return !current.failed() || rank(reported) >= rank(current);
        return rank(reported) > rank(current);
    }

    /** Pipeline order, a failure sitting between the step before it and the step it failed to reach. */
    private static int rank(Stage stage) {
        return switch (stage) {
            case RECEIVED -> 0;
            case PARSE_FAILED -> 1;
            case PARSED -> 2;
            case VALIDATION_FAILED -> 3;
            case VALIDATED -> 4;
            case STORE_FAILED -> 5;
            case STORED -> 6;
        };
    }
}
