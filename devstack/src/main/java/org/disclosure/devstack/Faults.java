package org.disclosure.devstack;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Faults a test harness injects into a running {@link Devstack}, to see the services ride them out:
 *
 * <ul>
 *   <li>a PostgreSQL database that refuses connections ({@link #refuseConnections}) and accepts them again
 *       ({@link #allowConnections}): its sessions are terminated, new ones fail with "database does not allow
 *       connections", as when a database server is restarted or fails over;</li>
 *   <li>a database that hangs ({@link #lockTable}): a held transaction owns an {@code ACCESS EXCLUSIVE} lock
 *       on a table, so every statement touching it waits until {@link TableLock#close()};</li>
 *   <li>Keycloak paused ({@link #pauseKeycloak}, SIGSTOP) and resumed ({@link #resumeKeycloak}, SIGCONT):
 *       connections are accepted by the kernel but nothing answers;</li>
 *   <li>the Kafka broker stopped and started on the same data: {@link Devstack#stopKafka()},
 *       {@link Devstack#startKafka()}.</li>
 * </ul>
 *
 * Everything goes through the PostgreSQL superuser devstack already has and through signals to the Keycloak
 * processes (Linux and macOS).
 */
public final class Faults {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Devstack stack;

    Faults(Devstack stack) {
        this.stack = stack;
    }

    /** Terminates every session of the database and makes it refuse new ones until {@link #allowConnections}. */
    public void refuseConnections(String database) {
        String name = checked(database);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS false");
            terminateSessions(c, name);
        } catch (SQLException e) {
            throw new DevstackException("PostgreSQL: cannot make " + name + " refuse connections: "
                    + e.getMessage(), e);
        }
    }

    /** Lets the database accept connections again. */
    public void allowConnections(String database) {
        String name = checked(database);
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("ALTER DATABASE \"" + name + "\" ALLOW_CONNECTIONS true");
        } catch (SQLException e) {
            throw new DevstackException("PostgreSQL: cannot let " + name + " accept connections: "
                    + e.getMessage(), e);
        }
    }

    /** Terminates every session of the database (as a server restart would); new ones are accepted. */
    public int terminateSessions(String database) {
        String name = checked(database);
        try (Connection c = admin()) {
            return terminateSessions(c, name);
        } catch (SQLException e) {
            throw new DevstackException("PostgreSQL: cannot terminate the sessions of " + name + ": "
                    + e.getMessage(), e);
        }
    }

    private static int terminateSessions(Connection c, String database) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, database);
            int terminated = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) terminated++;
                }
            }
            return terminated;
        }
    }

    /**
     * Makes the database hang for everything that touches the table: a transaction takes an
     * {@code ACCESS EXCLUSIVE} lock on it and holds it until the returned lock is closed. Connections are still
     * accepted (and a health check's {@code select 1} answers); statements on the table wait.
     */
    public TableLock lockTable(String database, String table) {
        String name = checked(database);
        String tableName = checked(table);
        try {
            Connection c = DriverManager.getConnection(stack.postgresJdbcUrl(name), stack.postgresUser(),
                    stack.postgresPassword());
            try {
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.execute("LOCK TABLE \"" + tableName + "\" IN ACCESS EXCLUSIVE MODE");
                }
                return new TableLock(c, name + "." + tableName);
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DevstackException("PostgreSQL: cannot lock " + name + "." + tableName + ": "
                    + e.getMessage(), e);
        }
    }

    /** SIGSTOP to the Keycloak JVM: it keeps its port, but answers nothing until {@link #resumeKeycloak()}. */
    public void pauseKeycloak() {
        signal("STOP", keycloakProcesses());
    }

    /** SIGCONT to the Keycloak processes paused by {@link #pauseKeycloak()}. */
    public void resumeKeycloak() {
        signal("CONT", keycloakProcesses());
    }

    /** The Keycloak JVM(s) under the watchdog shell; the shell itself keeps running. */
    List<Long> keycloakProcesses() {
        long root = stack.keycloakPid();
        if (root < 0) {
            throw new IllegalStateException("Keycloak is not running in this Devstack");
        }
        List<Long> all = new ArrayList<>();
        List<Long> javas = new ArrayList<>();
        ProcessHandle.of(root).ifPresent(h -> h.descendants().forEach(d -> {
            all.add(d.pid());
            if (d.info().command().map(command -> command.endsWith("/java")).orElse(false)) javas.add(d.pid());
        }));
        if (!javas.isEmpty()) return javas;
        if (!all.isEmpty()) return all;
        return List.of(root);
    }

    private static void signal(String signal, List<Long> pids) {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(pid -> command.add(Long.toString(pid)));
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(kill.getInputStream().readAllBytes());
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new DevstackException("kill -" + signal + " " + pids + " failed: " + output.trim());
            }
        } catch (IOException e) {
            throw new DevstackException("kill -" + signal + " " + pids + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted while sending SIG" + signal + " to " + pids, e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(stack.postgresJdbcUrl("postgres"), stack.postgresUser(),
                stack.postgresPassword());
    }

    private static String checked(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must match " + NAME + ", was: " + name);
        }
        return name;
    }

    /** An exclusive lock held by an open transaction; {@link #close()} rolls it back and frees the table. */
    public static final class TableLock implements AutoCloseable {

        private final Connection connection;
        private final String table;

        private TableLock(Connection connection, String table) {
            this.connection = connection;
            this.table = table;
        }

        public String table() {
            return table;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw new DevstackException("PostgreSQL: cannot release the lock on " + table + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
