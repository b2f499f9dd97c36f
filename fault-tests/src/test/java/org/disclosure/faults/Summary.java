package org.disclosure.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One row per scenario: the fault, how long it lasted, how long the pipeline took to recover, the result. */
final class Summary {

    private final List<Row> rows = new ArrayList<>();
    private final Instant started = Instant.now();

    record Row(String scenario, int reports, String fault, Duration faultDuration, Duration recovery,
            Duration total, String result) {
    }

    synchronized void add(Row row) {
        rows.add(row);
    }

    synchronized String table() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | reports | fault | fault lasted | recovery (fault end → last stored) | scenario time | result |\n");
        out.append("|---|---:|---|---:|---:|---:|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.scenario()).append(" | ").append(row.reports()).append(" | ")
                    .append(row.fault()).append(" | ").append(seconds(row.faultDuration())).append(" | ")
                    .append(seconds(row.recovery())).append(" | ").append(seconds(row.total())).append(" | ")
                    .append(row.result().replace('|', '/').replace('\n', ' ')).append(" |\n");
        }
        return out.toString();
    }

    synchronized void write(Path file) {
        if (rows.isEmpty()) return;
        String text = "# Fault scenarios\n\n" + table() + "\nsuite wall time (platform start included): "
                + seconds(Duration.between(started, Instant.now())) + "; measured " + Instant.now() + "\n";
        System.out.println("\n[fault-tests] summary\n" + text);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            System.err.println("[fault-tests] cannot write " + file + ": " + e.getMessage());
        }
    }

    static String seconds(Duration duration) {
        if (duration == null) return "–";
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
