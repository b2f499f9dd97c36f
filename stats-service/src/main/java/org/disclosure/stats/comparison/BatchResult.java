package org.disclosure.stats.comparison;

import java.util.List;

/**
 * A region's agencies compared between two years: those with both reports ranked ({@link BatchRanking}), those with a
 * report in one year only listed apart.
 */
public record BatchResult(String regionCode, String regionName, int leftYear, int rightYear,
        List<AgencyChange> agencies, List<OneYearAgency> onlyLeftYear, List<OneYearAgency> onlyRightYear) {
}
