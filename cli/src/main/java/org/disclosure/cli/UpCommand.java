package org.disclosure.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.disclosure.devstack.Tokens;

/**
 * {@code ./disclosure up [DIR]}: starts the platform on the embedded stack, submits every file of DIR (the
 * project's sample reports by default) through the ingest API, prints how each went and runs until Ctrl-C.
 */
final class UpCommand {

    private static final Duration PROCESSING_TIMEOUT = Duration.ofMinutes(3);

    int run(List<String> args) {
        Path home = Path.of(System.getProperty("disclosure.home", ".")).toAbsolutePath().normalize();
        Path folder = args.isEmpty() ? home.resolve("samples") : Path.of(args.get(0));
        if (!Files.isDirectory(folder)) throw new UsageException("up: " + folder + " is not a folder");
        List<Path> files = InputFiles.expand(List.of(folder.toString()));

        Instant started = Instant.now();
        System.out.println("starting Kafka, PostgreSQL, Keycloak, the four services and the dashboard ...");
        Platform platform;
        try {
            platform = Platform.start(home, PlatformPorts.defaults(), home.resolve(".disclosure/logs"), true);
        } catch (RuntimeException e) {
            System.err.println("cannot start the platform: " + e.getMessage());
            return 1;
        }
        // Platform stops everything on Ctrl-C from its own shutdown hook
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("\nstopping ..."),
                "disclosure-up-farewell"));

        platform.addresses().forEach((part, address) -> System.out.printf("  %-17s %s%n", part, address));
        System.out.printf("started in %d s; logs in %s%n%n", Duration.between(started, Instant.now()).toSeconds(),
                home.resolve(".disclosure/logs"));

        try {
            String token = Tokens.password(platform.realmUrl(), DemoUsers.CLI_CLIENT, DemoUsers.CLERK,
                    DemoUsers.CLERK);
            IngestClient ingest = new IngestClient(platform.ingestUrl(), token);
            Map<Path, String> submitted = submitAll(ingest, files);
            printTable(awaitProcessing(ingest, submitted));
        } catch (IOException e) {
            System.err.println("the sample run failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        System.out.printf("%nthe whole stack uses %d MB resident memory%n%n",
                ResidentMemory.ofThisProcessTree() / (1024 * 1024));
        DemoUsers.print(platform);
        System.out.println("\nrunning; press Ctrl-C to stop everything");
        try {
            new CountDownLatch(1).await(); // until the JVM is told to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static Map<Path, String> submitAll(IngestClient ingest, List<Path> files) throws InterruptedException {
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                JsonNode receipt = ingest.submit(file);
                ids.put(file, receipt.path("id").asText());
            } catch (IOException e) {
                System.err.println(file.getFileName() + ": " + e.getMessage());
                ids.put(file, null);
            }
        }
        return ids;
    }

    private static List<Row> awaitProcessing(IngestClient ingest, Map<Path, String> submitted)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PROCESSING_TIMEOUT);
        while (true) {
            List<Row> rows = new ArrayList<>();
            boolean allDone = true;
            for (Map.Entry<Path, String> entry : submitted.entrySet()) {
                String file = entry.getKey().getFileName().toString();
                if (entry.getValue() == null) {
                    rows.add(new Row(file, "", "", "rejected", true));
                    continue;
                }
                JsonNode status = ingest.status(entry.getValue());
                String stage = status.path("stage").asText();
                boolean done = stage.equals("stored") || status.path("failed").asBoolean();
                allDone &= done;
                String shown = status.path("failed").asBoolean() ? stage + ": " + status.path("reason").asText()
                        : stage;
                rows.add(new Row(file, status.path("agency").asText(""), status.path("year").asText(""), shown, done));
            }
            if (allDone || Instant.now().isAfter(deadline)) return rows;
            Thread.sleep(500);
        }
    }

    private static void printTable(List<Row> rows) {
        System.out.println(line("file", "agency", "year", "status"));
        rows.forEach(row -> System.out.println(line(row.file(), row.agency(), row.year(),
                row.done() ? row.status() : row.status() + " (still in progress)")));
    }

    private static String line(String file, String agency, String year, String status) {
        return pad(file, 28) + " " + pad(agency, 26) + " " + pad(year, 6) + " " + status;
    }

    /** Pads to a width in terminal columns: a Chinese character takes two. */
    private static String pad(String text, int columns) {
        int width = text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0xFF00 && c <= 0xFFEF) ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, columns - width));
    }

    private record Row(String file, String agency, String year, String status, boolean done) {
    }
}
