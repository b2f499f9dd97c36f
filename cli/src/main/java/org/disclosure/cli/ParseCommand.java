package org.disclosure.cli;

import java.nio.file.Path;
import java.util.List;
import org.disclosure.parser.ParseResult;

/** {@code ./disclosure parse FILE|DIR... [--out DIR]}: the canonical JSON of each report, without Kafka. */
final class ParseCommand {

    int run(List<String> args) {
        OfflineArguments arguments = OfflineArguments.parse("parse", args);
        List<Path> files = InputFiles.expand(arguments.inputs());
        if (files.size() > 1 && arguments.outDir() == null) {
            throw new UsageException("parse: several inputs need --out DIR (one JSON file per input)");
        }
        JsonOutput output = new JsonOutput(arguments.outDir());
        ReportFiles reader = new ReportFiles();
        int failures = 0;
        for (Path file : files) {
            ParseResult result = reader.read(file);
            if (result instanceof ParseResult.Success success) {
                output.write(file, success.report());
            } else {
                failures++;
                System.err.println(file + ": " + ((ParseResult.Failure) result).describe());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
