package org.disclosure.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** PostgreSQL from the embedded binaries (io.zonky.test), a separate process with its own data directory. */
final class PostgresNode implements AutoCloseable {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final int port;
    private final java.nio.file.Path dir;
    private EmbeddedPostgres postgres;
    private final Set<String> knownDatabases = new HashSet<>();

    private PostgresNode(int port, java.nio.file.Path dir) {
        this.port = port;
        this.dir = dir;
    }

    static PostgresNode start(int requestedPort) {
        int port = Support.portFor("PostgreSQL", requestedPort);
        PostgresNode node = new PostgresNode(port, Support.tempDir("devstack-postgres-"));
        try {
            node.postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(node.dir.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false) // Devstack stops it (its own hook), then deletes the folder
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "32MB")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("timezone", "UTC")
                    .start();
            node.knownDatabases.add("postgres");
            return node;
        } catch (Throwable e) {
            node.close();
            if (!Support.isPortFree(port)) {
                throw new DevstackException("PostgreSQL cannot start: port " + port + " is already in use", e);
            }
            throw new DevstackException("PostgreSQL cannot start: " + Support.describe(e), e);
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        ensureDatabase(database);
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    String reactiveUrl(String database) {
        ensureDatabase(database);
        return "postgresql://localhost:" + port + "/" + database;
    }

    private synchronized void ensureDatabase(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("database name must match " + DATABASE_NAME + ", was: " + database);
        }
        if (knownDatabases.contains(database)) {
            return;
        }
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, USER, PASSWORD)) {
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + database + "\"");
                } catch (SQLException e) {
                    if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else was quicker
                        throw e;
                    }
                }
            }
            knownDatabases.add(database);
        } catch (SQLException e) {
            throw new DevstackException("PostgreSQL: cannot create database " + database + ": " + e.getMessage(), e);
        }
    }

    java.nio.file.Path dir() {
        return dir;
    }

    @Override
    public void close() {
        EmbeddedPostgres p = postgres;
        postgres = null;
        if (p != null) {
            try {
                p.close();
            } catch (Throwable e) {
                System.err.println("[devstack] PostgreSQL shutdown: " + Support.describe(e));
            }
        }
        Support.deleteTree(dir);
    }
}
