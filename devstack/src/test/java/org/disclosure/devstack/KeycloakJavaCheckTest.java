package org.disclosure.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keycloak needs Java 21+: an older Java gives a clear error before anything starts. */
class KeycloakJavaCheckTest {

    @AfterEach
    void clear() {
        System.clearProperty("devstack.keycloak.java-home");
    }

    private static Path fakeJdk(Path dir, String version) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"" + version + "\"' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return dir;
    }

    @Test
    void olderJavaIsRefusedWithAClearMessage(@TempDir Path tmp) throws Exception {
        Path jdk17 = fakeJdk(tmp.resolve("jdk17"), "17.0.12");
        System.setProperty("devstack.keycloak.java-home", jdk17.toString());
        DevstackException e = assertThrows(DevstackException.class,
                () -> Devstack.start(DevstackOptions.freePorts(false, false, true)));
        assertTrue(e.getMessage().startsWith("Keycloak cannot start: it needs Java 21 or newer"), e.getMessage());
        assertTrue(e.getMessage().contains("(Java 17)"), e.getMessage());
    }

    @Test
    void versionsAreRead(@TempDir Path tmp) throws Exception {
        assertEquals(17, KeycloakNode.javaFeatureVersion(fakeJdk(tmp.resolve("a"), "17.0.12")));
        assertEquals(8, KeycloakNode.javaFeatureVersion(fakeJdk(tmp.resolve("b"), "1.8.0_412")));
        assertEquals(Runtime.version().feature(), KeycloakNode.javaFeatureVersion(Path.of(System.getProperty("java.home"))));
        assertTrue(Runtime.version().feature() >= 21);
        assertTrue(KeycloakNode.javaFeatureVersion(KeycloakNode.javaHome()) >= 21, "JAVA_HOME or the running JVM");
    }
}
