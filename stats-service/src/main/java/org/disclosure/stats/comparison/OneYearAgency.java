package org.disclosure.stats.comparison;

import java.util.UUID;

/** An agency with a current report in only one of the two years of a batch comparison. */
public record OneYearAgency(String agency, String regionCode, Integer year, UUID reportId) {
}
