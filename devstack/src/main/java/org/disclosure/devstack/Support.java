package org.disclosure.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;

/** Ports, temp folders and build information shared by the components. */
final class Support {

    private Support() {
    }

    /** A port that is free right now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** True when nothing listens on the port, neither on the loopback nor on the wildcard address. */
    static boolean isPortFree(int port) {
        for (InetSocketAddress address : new InetSocketAddress[] {
                new InetSocketAddress(port), new InetSocketAddress(InetAddress.getLoopbackAddress(), port) }) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true); // a port in TIME_WAIT is usable by the servers, too
                socket.bind(address);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The given port, checked to be free, or a free port when {@code requested} is 0. */
    static int portFor(String component, int requested) {
        if (requested == 0) {
            return freePort();
        }
        if (!isPortFree(requested)) {
            throw new DevstackException(component + " cannot start: port " + requested + " is already in use");
        }
        return requested;
    }

    static final String OWNER_FILE = "devstack.owner";
    private static final java.util.concurrent.atomic.AtomicBoolean REAPED = new java.util.concurrent.atomic.AtomicBoolean();

    /** A new temporary folder, marked with this JVM's pid so that a later JVM can clean up after a crash. */
    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            Files.writeString(dir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /** Deletes a directory tree; symbolic links are removed, never followed. */
    static void deleteTree(Path root) {
        if (root == null || !Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("[devstack] could not delete " + root + ": " + e);
        }
    }

    /**
     * Once per JVM: removes what a devstack JVM that was killed (kill -9, crash) left behind: its temporary folders
     * and its PostgreSQL server (started through pg_ctl, so it outlives the JVM). Keycloak stops by itself (watchdog).
     */
    static void reapOrphans() {
        if (!REAPED.compareAndSet(false, true)) {
            return;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (var dirs = Files.newDirectoryStream(tmp, "devstack-*")) {
            for (Path dir : dirs) {
                Path owner = dir.resolve(OWNER_FILE);
                if (!Files.isRegularFile(owner)) {
                    continue;
                }
                long pid = Long.parseLong(Files.readString(owner).trim());
                if (isRunning(pid)) {
                    continue;
                }
                Path postmasterPid = dir.resolve("data/postmaster.pid");
                if (Files.isRegularFile(postmasterPid)) {
                    long pgPid = Long.parseLong(Files.readAllLines(postmasterPid).getFirst().trim());
                    ProcessHandle.of(pgPid).ifPresent(h -> {
                        h.destroy();
                        try {
                            h.onExit().get(15, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            h.destroyForcibly();
                        }
                    });
                }
                System.err.println("[devstack] removing " + dir + " left behind by the ended process " + pid);
                deleteTree(dir);
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("[devstack] could not clean up after earlier devstack processes: " + e);
        }
    }

    /** Alive and not a zombie (a killed JVM stays a zombie until its parent reaps it). */
    private static boolean isRunning(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            return !stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true; // no /proc: trust ProcessHandle
        }
    }

    /** The values the Maven build wrote into devstack.properties (Keycloak version, local repository). */
    static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Support.class.getResourceAsStream("/devstack.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The root cause's message, for one-line error reports. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
