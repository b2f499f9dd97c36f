package org.disclosure.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the Keycloak distribution and unpacks it once into a cache folder shared by all JVMs of the user.
 *
 * <p>Where the distribution comes from, first match wins:
 * <ol>
 * <li>system property {@code devstack.keycloak.home} or environment variable {@code DEVSTACK_KEYCLOAK_HOME}:
 * an already unpacked distribution, used as it is;</li>
 * <li>the cache folder {@code <cache>/keycloak-<version>}, where {@code <cache>} is the system property
 * {@code devstack.cache.dir}, else {@code $XDG_CACHE_HOME/disclosure}, else {@code ~/.cache/disclosure};</li>
 * <li>otherwise the zip {@code org.keycloak:keycloak-quarkus-dist:<version>:zip} is unpacked into that cache
 * folder. The zip is taken from system property {@code devstack.keycloak.zip}, else from the local Maven
 * repository: system property {@code maven.repo.local}, the repository the devstack module was built with,
 * {@code ~/.m2/repository}. The devstack pom declares the zip, so building the module puts it there.</li>
 * </ol>
 */
final class KeycloakDist {

    static final String GROUP_PATH = "org/keycloak/keycloak-quarkus-dist";
    /** Guards the first (augmenting) start within this JVM; the file lock guards it across JVMs. */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private KeycloakDist() {
    }

    static String version() {
        String v = System.getProperty("devstack.keycloak.version");
        if (v == null || v.isBlank()) {
            v = Support.buildProperties().getProperty("keycloak.version");
        }
        if (v == null || v.isBlank() || v.startsWith("${")) {
            throw new DevstackException("Keycloak cannot start: its version is unknown (devstack.properties missing;"
                    + " set -Ddevstack.keycloak.version=...)");
        }
        return v.trim();
    }

    static Path cacheRoot() {
        String configured = System.getProperty("devstack.cache.dir");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "disclosure");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "disclosure");
    }

    /** The unpacked distribution (contains bin/kc.sh), unpacking it first when needed. */
    static Path home() {
        String explicit = System.getProperty("devstack.keycloak.home", System.getenv("DEVSTACK_KEYCLOAK_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                throw new DevstackException("Keycloak cannot start: " + home + " (devstack.keycloak.home) has no bin/kc.sh");
            }
            return home;
        }
        String version = version();
        Path home = cacheRoot().resolve("keycloak-" + version);
        if (Files.exists(home.resolve(".complete"))) {
            return home;
        }
        return withLock(() -> {
            if (Files.exists(home.resolve(".complete"))) {
                return home;
            }
            unpack(findZip(version), home, version);
            return home;
        });
    }

    /**
     * Runs the action holding the distribution lock (a lock file next to the cache folder, plus an in-JVM lock),
     * so that only one process unpacks or augments the shared distribution at a time.
     */
    static <T> T withLock(Callable<T> action) {
        Path lockFile = cacheRoot().resolve("keycloak-" + version() + ".lock");
        JVM_LOCK.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return action.call();
            }
        } catch (DevstackException e) {
            throw e;
        } catch (Exception e) {
            throw new DevstackException("Keycloak cannot start: " + Support.describe(e), e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    static Path findZip(String version) {
        String explicit = System.getProperty("devstack.keycloak.zip");
        if (explicit != null && !explicit.isBlank()) {
            Path zip = Path.of(explicit);
            if (!Files.isRegularFile(zip)) {
                throw new DevstackException("Keycloak cannot start: " + zip + " (devstack.keycloak.zip) does not exist");
            }
            return zip;
        }
        Set<Path> repositories = new LinkedHashSet<>();
        String repoLocal = System.getProperty("maven.repo.local");
        if (repoLocal != null && !repoLocal.isBlank()) {
            repositories.add(Path.of(repoLocal));
        }
        Properties build = Support.buildProperties();
        String builtWith = build.getProperty("maven.local.repository");
        if (builtWith != null && !builtWith.isBlank() && !builtWith.startsWith("${")) {
            repositories.add(Path.of(builtWith));
        }
        repositories.add(Path.of(System.getProperty("user.home"), ".m2", "repository"));
        String relative = GROUP_PATH + "/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        List<String> tried = new ArrayList<>();
        for (Path repository : repositories) {
            Path zip = repository.resolve(relative);
            if (Files.isRegularFile(zip)) {
                return zip;
            }
            tried.add(zip.toString());
        }
        throw new DevstackException("Keycloak cannot start: the distribution org.keycloak:keycloak-quarkus-dist:"
                + version + ":zip is not in the local Maven repository (looked at " + String.join(", ", tried)
                + "). Build the devstack module once (./mvnw -pl devstack -am install), which downloads it,"
                + " or point -Ddevstack.keycloak.zip / -Ddevstack.keycloak.home at a copy.");
    }

    private static void unpack(Path zip, Path home, String version) throws IOException {
        Path staging = home.resolveSibling(home.getFileName() + ".unpacking-" + ProcessHandle.current().pid());
        Support.deleteTree(staging);
        Files.createDirectories(staging);
        String prefix = "keycloak-" + version + "/";
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(prefix)) {
                    name = name.substring(prefix.length());
                }
                if (name.isEmpty()) {
                    continue;
                }
                Path target = staging.resolve(name).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zf.getInputStream(entry)) {
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            Support.deleteTree(staging);
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
        try (var scripts = Files.list(staging.resolve("bin"))) {
            for (Path script : scripts.filter(p -> p.getFileName().toString().endsWith(".sh")).toList()) {
                Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.writeString(staging.resolve(".complete"), zip.toString() + System.lineSeparator());
        Support.deleteTree(home); // a half-unpacked leftover without the .complete marker
        Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
    }
}
