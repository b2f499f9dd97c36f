package org.disclosure.stats.rest;

import java.time.LocalDate;
import java.util.UUID;

/** One report in a list: who, where, which year, and how many findings of each severity. */
public record ReportSummary(UUID id, String agency, String regionCode, String province, String city, String county,
        Integer year, String format, LocalDate publishedOn, String fileName, int errors, int warnings, int infos,
        boolean current, String ruleSetVersion) {
}
