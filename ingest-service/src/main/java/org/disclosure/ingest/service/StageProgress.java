package org.disclosure.ingest.service;

import org.disclosure.contracts.events.Stage;

/**
 * Decides whether a reported stage replaces the current one. Status messages from different services
 * may arrive out of order, so a submission never moves back to an earlier step; a failure always wins.
 */
final class StageProgress {

    private StageProgress() {
    }

    static boolean advances(Stage current, Stage reported) {
        if (current == null || reported.failed()) return true;
        if (current.failed()) return false;
        return rank(reported) >= rank(current);
    }

    private static int rank(Stage stage) {
        return switch (stage) {
            case RECEIVED -> 0;
            case PARSED -> 1;
            case VALIDATED -> 2;
            case STORED -> 3;
            case PARSE_FAILED, VALIDATION_FAILED, STORE_FAILED -> 4;
        };
    }
}
