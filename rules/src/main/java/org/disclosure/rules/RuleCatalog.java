package org.disclosure.rules;

import java.util.List;

/** The reference texts of the current rule set, for documentation, the API and the supervisor's UI. */
public final class RuleCatalog {

    private RuleCatalog() {
    }

    public static List<RuleReference> references() {
        return RuleSet.current().rules().stream().map(Rule::reference).toList();
    }

    /** The rule reference as a Markdown table; rules/README.md embeds exactly this text. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder()
                .append("| id | severity | what it checks | why it matters | how the agency fixes it |\n")
                .append("|---|---|---|---|---|\n");
        for (RuleReference reference : references()) {
            table.append("| ").append(reference.id())
                    .append(" | ").append(reference.severity().label())
                    .append(" | ").append(cell(reference.whatZh(), reference.whatEn()))
                    .append(" | ").append(cell(reference.whyZh(), reference.whyEn()))
                    .append(" | ").append(cell(reference.fixZh(), reference.fixEn()))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String cell(String zh, String en) {
        return (zh + "<br>" + en).replace("|", "\\|");
    }
}
