package org.disclosure.stats.benchmark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CPU time used so far by this JVM (the service under test, the devstack broker and the benchmark's client) and by
 * the devstack PostgreSQL server: on a machine shared with other work, CPU per unit of work is what a benchmark can
 * compare, wall time is not.
 */
final class ProcessCpu {

    private static final long NANOS_PER_TICK = 10_000_000L; // /proc counts in clock ticks of 10 ms

    private final long postmaster;

    private ProcessCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** For the database the service's datasource points at. */
    static ProcessCpu ofDevstack() {
        try (Connection db = connect(); Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("show data_directory")) {
            rows.next();
            Path pidFile = Path.of(rows.getString(1), "postmaster.pid");
            return new ProcessCpu(Long.parseLong(Files.readAllLines(pidFile).getFirst().trim()));
        } catch (SQLException e) {
            throw new IllegalStateException("the devstack database cannot be reached", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long jvmNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The postmaster with its reaped children and every live backend. */
    long databaseNanos() {
        long ticks = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                String[] stat;
                try {
                    String line = Files.readString(process.resolve("stat"));
                    stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
                } catch (IOException gone) {
                    continue;
                }
                long pid = Long.parseLong(process.getFileName().toString());
                // after the command: state, ppid, …, utime (11), stime (12), cutime (13), cstime (14)
                if (pid == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                            + Long.parseLong(stat[14]);
                } else if (Long.parseLong(stat[1]) == postmaster) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks * NANOS_PER_TICK;
    }

    static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
