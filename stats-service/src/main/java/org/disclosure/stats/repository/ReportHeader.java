package org.disclosure.stats.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The summary columns of a stored report: what lists and exports show, without the stored JSON; {@code versionAt}
 * (when it was submitted) places it among the list's rows ({@link ListPosition}).
 */
public record ReportHeader(UUID submissionId, String agency, String regionCode, String province, String city,
        String county, Integer year, String format, LocalDate publishedOn, String fileName, int errorCount,
        int warningCount, int infoCount, boolean current, String ruleSetVersion, Instant versionAt) {
}
