package org.disclosure.dashboard.client;

import java.time.LocalDate;
import java.util.UUID;

/** A report in stats-service's list: who, where, which year, findings by severity. */
public record ReportSummary(UUID id, String agency, String regionCode, String province, String city, String county,
        Integer year, String format, LocalDate publishedOn, String fileName, int errors, int warnings, int infos,
        boolean current, String ruleSetVersion) {

    /** The area as a person reads it: 省 市 县, the parts that are known. */
    public String place() {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {province, city, county}) {
            if (part != null && !part.isBlank()) text.append(text.isEmpty() ? "" : " ").append(part);
        }
        return text.toString();
    }
}
