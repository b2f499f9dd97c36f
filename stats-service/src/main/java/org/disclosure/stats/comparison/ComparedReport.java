package org.disclosure.stats.comparison;

import java.util.List;
import java.util.UUID;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.report.ParsedReport;

/** One side of a comparison: a stored report's canonical form and its findings. */
public record ComparedReport(UUID id, String agency, String regionCode, Integer year, ParsedReport report,
        List<Finding> findings) {
}
