package org.disclosure.faults;

import java.nio.file.Path;
import org.disclosure.cli.Platform;
import org.disclosure.cli.PlatformPorts;
import org.disclosure.devstack.TestTokens;

/**
 * The one platform every scenario of the suite runs on (started by the first scenario, on free ports, logs in
 * {@code fault-tests/target/it-logs}), the demo users' tokens (fetched at start: Keycloak is paused in one
 * scenario) and the summary of recovery times, written when the test plan ends ({@link SummaryListener}).
 */
public final class FaultSuite {

    public static final Path HOME = Path.of(System.getProperty("disclosure.home", "..")).toAbsolutePath().normalize();
    static final Path TARGET = HOME.resolve("fault-tests/target");
    static final Path LOGS = TARGET.resolve("it-logs");
    static final Summary SUMMARY = new Summary();

    private static Platform platform;
    private static TestTokens tokens;
    private static RuntimeException startFailure;

    private FaultSuite() {
    }

    public static synchronized Platform platform() {
        if (startFailure != null) throw new IllegalStateException("the platform did not start", startFailure);
        if (platform == null) {
            long t0 = System.nanoTime();
            try {
                platform = Platform.start(HOME, PlatformPorts.free(), LOGS);
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            tokens = TestTokens.forRealm(platform.realmUrl());
            // every token the suite needs, before any scenario pauses Keycloak (they live an hour)
            tokens.clerk();
            tokens.national();
            System.out.printf("[fault-tests] platform started in %.1f s; logs in %s%n",
                    (System.nanoTime() - t0) / 1e9, LOGS);
        }
        return platform;
    }

    public static TestTokens tokens() {
        platform();
        return tokens;
    }

    /** Stops the platform (end of the test plan). */
    static synchronized void close() {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
