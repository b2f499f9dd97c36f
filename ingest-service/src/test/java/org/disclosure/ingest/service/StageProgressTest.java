package org.disclosure.ingest.service;

import static org.disclosure.contracts.events.Stage.PARSED;
import static org.disclosure.contracts.events.Stage.PARSE_FAILED;
import static org.disclosure.contracts.events.Stage.RECEIVED;
import static org.disclosure.contracts.events.Stage.STORED;
import static org.disclosure.contracts.events.Stage.STORE_FAILED;
import static org.disclosure.contracts.events.Stage.VALIDATED;
import static org.disclosure.contracts.events.Stage.VALIDATION_FAILED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.disclosure.contracts.events.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The order of a submission's stages, whatever order the status messages arrive in. */
class StageProgressTest {

    static Stream<Arguments> sameAttempt() {
        return Stream.of(
                // nothing recorded yet: anything goes
                Arguments.of(null, PARSED, true),
                // steps advance, never back
                Arguments.of(RECEIVED, PARSED, true),
                Arguments.of(RECEIVED, STORED, true),
                Arguments.of(PARSED, VALIDATED, true),
                Arguments.of(VALIDATED, STORED, true),
                Arguments.of(VALIDATED, PARSED, false),
                Arguments.of(STORED, VALIDATED, false),
                Arguments.of(PARSED, PARSED, false),
                Arguments.of(PARSED, RECEIVED, false),
                // stored is final: a late failure of the same pass cannot undo it
                Arguments.of(STORED, STORE_FAILED, false),
                Arguments.of(STORED, PARSE_FAILED, false),
                Arguments.of(STORED, VALIDATION_FAILED, false),
                // a failure replaces a stage in progress
                Arguments.of(RECEIVED, PARSE_FAILED, true),
                Arguments.of(PARSED, VALIDATION_FAILED, true),
                Arguments.of(VALIDATED, STORE_FAILED, true),
                Arguments.of(VALIDATED, PARSE_FAILED, true),
                // a later successful try of the failed step, or of a step after it, clears the failure
                Arguments.of(STORE_FAILED, STORED, true),
                Arguments.of(PARSE_FAILED, PARSED, true),
                Arguments.of(PARSE_FAILED, VALIDATED, true),
                Arguments.of(VALIDATION_FAILED, STORED, true),
                // a success of an earlier step than the failed one does not
                Arguments.of(VALIDATION_FAILED, PARSED, false),
                Arguments.of(STORE_FAILED, VALIDATED, false),
                Arguments.of(PARSE_FAILED, RECEIVED, false),
                // of two failures of one pass, the one that got further stands
                Arguments.of(PARSE_FAILED, STORE_FAILED, true),
                Arguments.of(STORE_FAILED, PARSE_FAILED, false),
                Arguments.of(PARSE_FAILED, PARSE_FAILED, true));
    }

    @ParameterizedTest(name = "{0} then {1} (same attempt): changes = {2}")
    @MethodSource("sameAttempt")
    void withinOneAttempt(Stage current, Stage reported, boolean changes) {
        assertEquals(changes, StageProgress.advances(current, 2, reported, 2));
    }

    static Stream<Arguments> acrossAttempts() {
        return Stream.of(
                // an older pass never changes the stage, however far it got
                Arguments.of(RECEIVED, 2, STORED, 1, false),
                Arguments.of(RECEIVED, 2, PARSE_FAILED, 1, false),
                Arguments.of(PARSE_FAILED, 2, STORED, 1, false),
                Arguments.of(PARSED, 3, VALIDATED, 2, false),
                // a newer pass always wins, even over stored and with an earlier step
                Arguments.of(STORED, 1, PARSED, 2, true),
                Arguments.of(STORED, 1, PARSE_FAILED, 2, true),
                Arguments.of(VALIDATION_FAILED, 1, RECEIVED, 2, true),
                Arguments.of(VALIDATED, 1, PARSE_FAILED, 2, true));
    }

    @ParameterizedTest(name = "{0} (attempt {1}) then {2} (attempt {3}): changes = {4}")
    @MethodSource("acrossAttempts")
    void acrossAttempts(Stage current, int currentAttempt, Stage reported, int reportedAttempt, boolean changes) {
        assertEquals(changes, StageProgress.advances(current, currentAttempt, reported, reportedAttempt));
    }
}
