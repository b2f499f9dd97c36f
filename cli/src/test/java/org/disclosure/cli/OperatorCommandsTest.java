package org.disclosure.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** dead-letters and stuck without a platform: usage errors and an unreachable platform are told apart. */
class OperatorCommandsTest {

    private static final String NOWHERE = "http://localhost:" + PlatformPorts.freePort();

    @Test
    void replayNeedsTopicPartitionAndOffset() {
        assertEquals(2, Main.run(new String[] {"dead-letters", "replay", "reports.parsed.dlq"}));
        assertEquals(2, Main.run(new String[] {"dead-letters", "replay", "reports.parsed.dlq", "x", "1"}));
        assertEquals(2, Main.run(new String[] {"stuck", "extra"}));
    }

    @Test
    void anUnreachablePlatformFailsWithExitCodeOne() {
        assertEquals(1, Main.run(new String[] {"dead-letters", "--ingest", NOWHERE, "--realm", NOWHERE}));
        assertEquals(1, Main.run(new String[] {"stuck", "--ingest", NOWHERE, "--realm", NOWHERE}));
    }

    @Test
    void optionsAreNotPositionalArguments() {
        assertEquals(List.of("replay", "t", "0", "1"),
                NationalApi.positional(List.of("--ingest", "u", "replay", "t", "--realm", "r", "0", "1")));
    }
}
