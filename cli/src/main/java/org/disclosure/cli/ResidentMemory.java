package org.disclosure.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of this JVM and all its child processes (Linux /proc), i.e. of the whole running stack. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    static long ofThisProcessTree() {
        return Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants())
                .mapToLong(process -> residentKiB(process.pid()))
                .sum() * 1024;
    }

    private static long residentKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended meanwhile, or this is not Linux: it adds nothing
        }
        return 0;
    }
}
