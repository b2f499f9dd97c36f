package org.disclosure.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.disclosure.contracts.CanonicalJson;

/** Writes one JSON document per input: into --out DIR under the input's base name, or to stdout. */
final class JsonOutput {

    private static final ObjectWriter WRITER = CanonicalJson.mapper().writerWithDefaultPrettyPrinter();

    private final Path outDir;

    JsonOutput(Path outDir) {
        this.outDir = outDir;
        if (outDir != null) {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                throw new UsageException("cannot create the output folder " + outDir + ": " + e.getMessage());
            }
        }
    }

    void write(Path input, Object document) {
        try {
            String json = WRITER.writeValueAsString(document) + System.lineSeparator();
            if (outDir == null) {
                System.out.print(json);
            } else {
                Files.writeString(outDir.resolve(InputFiles.jsonName(input)), json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the result for " + input, e);
        }
    }
}
