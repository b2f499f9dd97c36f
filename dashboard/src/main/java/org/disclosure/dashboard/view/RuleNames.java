package org.disclosure.dashboard.view;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclosure.rules.RuleCatalog;
import org.disclosure.rules.RuleReference;

/** What each rule checks, in Chinese, from the rules module's catalog. */
public final class RuleNames {

    private static final Map<String, RuleReference> RULES = RuleCatalog.references().stream()
            .collect(Collectors.toMap(RuleReference::id, Function.identity(), (first, second) -> first));

    private RuleNames() {
    }

    public static String of(String rule) {
        RuleReference reference = RULES.get(rule);
        return reference == null ? "" : reference.whatZh();
    }

    /** Every rule id, in the catalog's order. */
    public static java.util.List<String> ids() {
        return RuleCatalog.references().stream().map(RuleReference::id).toList();
    }
}
