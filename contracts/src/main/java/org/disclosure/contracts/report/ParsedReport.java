package org.disclosure.contracts.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The canonical form of one annual report (DOMAIN.md, "Canonical cells").
 *
 * @param agency      the publishing agency as written in the title
 * @param region      its administrative area, or null when it cannot be resolved
 * @param year        the year reported on (统计年度)
 * @param format      the table format told from the labels
 * @param publishedOn the date under the signature, when there is one
 * @param sections    the sections found: overview, active, requests, appeals, problems, other
 * @param cells       canonical key to value; a null value is a blank cell, an absent key was not found
 * @param sources     canonical key to the raw text and location it was read from
 * @param issues      problems the parser recovered from
 * @param paragraphs  the narrative text, for rules that read it
 */
public record ParsedReport(
        String agency,
        Region region,
        Integer year,
        FormatVersion format,
        LocalDate publishedOn,
        List<String> sections,
        Map<String, BigDecimal> cells,
        Map<String, CellSource> sources,
        List<ParseIssue> issues,
        List<Paragraph> paragraphs) {

    public boolean has(String key) {
        return cells.containsKey(key);
    }

    /** The value of a cell, or null when blank or absent. */
    public BigDecimal value(String key) {
        return cells.get(key);
    }
}
