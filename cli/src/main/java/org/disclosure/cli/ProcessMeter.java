package org.disclosure.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time and resident memory of the platform's processes, read from Linux /proc: the JVM of
 * {@code ./disclosure up} (which hosts Kafka) and its descendants, grouped as the four services (their
 * quarkus-run.jar), Keycloak, PostgreSQL (the postmaster and its backends) and the rest. The load generator's own
 * JVM is measured too, to show what the measurement costs.
 */
final class ProcessMeter {

    /** Linux's USER_HZ: the unit of utime and stime in /proc/PID/stat. */
    private static final double TICKS_PER_SECOND = 100.0;
    static final String DEVSTACK = "devstack JVM (Kafka, up)";
    static final String LOAD = "load generator (this JVM)";

    private final long root;
    private final long postmaster;
    private final Map<Long, Long> startTicks = new HashMap<>();
    private final Map<String, Long> peakRss = new LinkedHashMap<>();
    private final Map<String, Long> peakHwm = new LinkedHashMap<>();
    private final Map<String, Integer> processes = new LinkedHashMap<>();

    private ProcessMeter(long root, long postmaster) {
        this.root = root;
        this.postmaster = postmaster;
    }

    /**
     * The meter of the running {@code ./disclosure up} whose services listen on ingestPort, or null. PostgreSQL
     * detaches from it ({@code pg_ctl} daemonises the postmaster): it is found by its port.
     */
    static ProcessMeter find(int ingestPort, int postgresPort) {
        List<Long> candidates = new ArrayList<>();
        long postmaster = -1;
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long pid = Long.parseLong(entry.getFileName().toString());
                List<String> args = commandLine(pid);
                int main = args.indexOf("org.disclosure.cli.Main");
                if (main >= 0 && main + 1 < args.size() && args.get(main + 1).equals("up")) candidates.add(pid);
                int port = args.indexOf("-p");
                if (!args.isEmpty() && args.getFirst().endsWith("/postgres") && port > 0 && port + 1 < args.size()
                        && args.get(port + 1).equals(Integer.toString(postgresPort))) {
                    postmaster = pid;
                }
            }
        } catch (IOException e) {
            return null; // not Linux
        }
        String port = "-Dquarkus.http.port=" + ingestPort;
        for (long pid : candidates) {
            boolean ours = ProcessHandle.of(pid).stream().flatMap(ProcessHandle::descendants)
                    .anyMatch(child -> commandLine(child.pid()).contains(port));
            if (ours) return new ProcessMeter(pid, postmaster);
        }
        return candidates.isEmpty() ? null : new ProcessMeter(candidates.getFirst(), postmaster);
    }

    long root() {
        return root;
    }

    /** Remembers the CPU time of every process now: {@link #cpuSeconds()} counts from here. */
    void start() {
        startTicks.clear();
        current().forEach((pid, group) -> startTicks.put(pid, ticks(pid)));
        sample();
    }

    /** Adds the resident memory of every group now to the peaks. */
    synchronized void sample() {
        Map<String, Long> rss = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        current().forEach((pid, group) -> {
            long[] memory = memoryKiB(pid);
            // PostgreSQL's processes share its buffers: their RSS would count them once per backend
            rss.merge(group, group.equals("PostgreSQL") ? proportionalKiB(pid) : memory[0], Long::sum);
            peakHwm.merge(group, memory[1], Math::max);
            counts.merge(group, 1, Integer::sum);
        });
        rss.forEach((group, kib) -> peakRss.merge(group, kib, Math::max));
        counts.forEach((group, n) -> processes.merge(group, n, Math::max));
    }

    /** CPU seconds (user + system) per group since {@link #start()}; a process started since counts whole. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        current().forEach((pid, group) -> {
            long used = ticks(pid) - startTicks.getOrDefault(pid, 0L);
            cpu.merge(group, Math.max(0, used) / TICKS_PER_SECOND, Double::sum);
        });
        return order(cpu);
    }

    /** The highest sampled sum of VmRSS per group (of Pss for PostgreSQL), in KiB. */
    synchronized Map<String, Long> peakRssKiB() {
        return order(peakRss);
    }

    /** The highest VmHWM (peak resident size since the process started) of any process of the group, in KiB. */
    synchronized Map<String, Long> peakHwmKiB() {
        return order(peakHwm);
    }

    synchronized Map<String, Integer> processes() {
        return order(processes);
    }

    private static final List<String> ORDER = List.of("ingest-service", "parse-service", "validate-service",
            "stats-service", DEVSTACK, "Keycloak", "PostgreSQL", "other", LOAD);

    private static <V> Map<String, V> order(Map<String, V> values) {
        Map<String, V> ordered = new LinkedHashMap<>();
        for (String group : ORDER) if (values.containsKey(group)) ordered.put(group, values.get(group));
        return ordered;
    }

    /** Every live process of the platform (and this JVM), by group. */
    private Map<Long, String> current() {
        Map<Long, String> groups = new LinkedHashMap<>();
        groups.put(root, DEVSTACK);
        ProcessHandle.of(root).stream().flatMap(ProcessHandle::descendants)
                .forEach(child -> groups.put(child.pid(), group(child.pid())));
        if (postmaster > 0) {
            ProcessHandle.of(postmaster).ifPresent(pg -> {
                groups.put(pg.pid(), "PostgreSQL");
                pg.descendants().forEach(backend -> groups.put(backend.pid(), "PostgreSQL"));
            });
        }
        groups.put(ProcessHandle.current().pid(), LOAD);
        return groups;
    }

    private static String group(long pid) {
        List<String> args = commandLine(pid);
        String line = String.join(" ", args);
        for (String service : List.of("ingest-service", "parse-service", "validate-service", "stats-service")) {
            if (line.contains("quarkus-run.jar") && line.contains(service)) return service;
        }
        if (line.toLowerCase(java.util.Locale.ROOT).contains("keycloak") || line.contains("kc.sh")) return "Keycloak";
        String command = args.isEmpty() ? "" : Path.of(args.getFirst()).getFileName().toString();
        if (command.startsWith("postgres") || line.startsWith("postgres:")) return "PostgreSQL";
        return "other";
    }

    static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> args = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    args.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (start < raw.length) args.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
            return args;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** utime + stime of a process in ticks, 0 when it is gone. */
    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** VmRSS and VmHWM in KiB, zeros when the process is gone. */
    private static long[] memoryKiB(long pid) {
        long[] memory = new long[2];
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) memory[0] = Long.parseLong(line.replaceAll("\\D+", ""));
                if (line.startsWith("VmHWM:")) memory[1] = Long.parseLong(line.replaceAll("\\D+", ""));
            }
        } catch (IOException | RuntimeException e) {
            // gone meanwhile
        }
        return memory;
    }

    /** The proportional set size (shared pages divided among their users) in KiB, 0 when gone. */
    private static long proportionalKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) return Long.parseLong(line.replaceAll("\\D+", ""));
            }
        } catch (IOException | RuntimeException e) {
            // gone meanwhile, or not readable
        }
        return 0;
    }

    /** The 1-minute load average of the machine, or -1. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
