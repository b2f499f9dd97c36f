package org.disclosure.cli;

import java.util.List;
import org.disclosure.rules.RuleCatalog;

/** {@code ./disclosure rules}: the rule reference as a Markdown table. */
final class RulesCommand {

    int run(List<String> args) {
        System.out.println(RuleCatalog.markdownTable());
        return 0;
    }
}
