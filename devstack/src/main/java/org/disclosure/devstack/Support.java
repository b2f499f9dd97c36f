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

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
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
