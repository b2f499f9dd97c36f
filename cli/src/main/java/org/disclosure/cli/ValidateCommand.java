package org.disclosure.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.CanonicalJson;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.AgencyKey;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.parser.ParseResult;
import org.disclosure.rules.ValidationContext;
import org.disclosure.rules.Validator;

/**
 * {@code ./disclosure validate FILE|DIR... [--out DIR]}: the canonical JSON of each report with its findings.
 * The reports given in one call are each other's history, so a 2021 and a 2022 report of one agency are
 * compared by the cross-year rules.
 */
final class ValidateCommand {

    int run(List<String> args) {
        OfflineArguments arguments = OfflineArguments.parse("validate", args);
        List<Path> files = InputFiles.expand(arguments.inputs());
        if (files.size() > 1 && arguments.outDir() == null) {
            throw new UsageException("validate: several inputs need --out DIR (one JSON file per input)");
        }
        ReportFiles reader = new ReportFiles();
        Map<Path, ParsedReport> parsed = new LinkedHashMap<>();
        int failures = 0;
        for (Path file : files) {
            ParseResult result = reader.read(file);
            if (result instanceof ParseResult.Success success) {
                parsed.put(file, success.report());
            } else {
                failures++;
                System.err.println(file + ": " + ((ParseResult.Failure) result).describe());
            }
        }
        Map<String, ParsedReport> byAgencyAndYear = new HashMap<>();
        parsed.values().forEach(report -> byAgencyAndYear.put(historyKey(report, 0), report));

        Validator validator = new Validator();
        JsonOutput output = new JsonOutput(arguments.outDir());
        parsed.forEach((file, report) -> {
            ParsedReport previous = byAgencyAndYear.get(historyKey(report, -1));
            List<Finding> findings = validator.validate(report, new ValidationContext(previous, null));
            ObjectNode document = CanonicalJson.mapper().valueToTree(report);
            document.put("ruleSetVersion", validator.ruleSetVersion());
            document.set("findings", CanonicalJson.mapper().valueToTree(findings));
            output.write(file, document);
        });
        return failures == 0 ? 0 : 1;
    }

    private static String historyKey(ParsedReport report, int yearOffset) {
        return AgencyKey.of(report, null) + "|" + (report.year() == null ? null : report.year() + yearOffset);
    }
}
