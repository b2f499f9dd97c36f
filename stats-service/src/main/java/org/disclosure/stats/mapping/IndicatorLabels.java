package org.disclosure.stats.mapping;

import java.util.Map;

/** Chinese column titles of the indicators (names as in org.disclosure.rules.Indicators#asMap). */
public final class IndicatorLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("applications_received", "本年新收申请数"),
            Map.entry("applications_handled", "办结申请数"),
            Map.entry("substantive_disclosure_rate", "实质公开率"),
            Map.entry("denial_rate", "不予公开率"),
            Map.entry("unable_rate", "无法提供率"),
            Map.entry("not_processed_rate", "不予处理率"),
            Map.entry("carry_forward_rate", "结转下年率"),
            Map.entry("natural_person_share", "自然人申请占比"),
            Map.entry("review_correction_rate", "复议纠错率"),
            Map.entry("litigation_correction_rate", "诉讼纠错率"),
            Map.entry("dispute_rate", "争议转化率"));

    private IndicatorLabels() {
    }

    /** The Chinese title, or the name itself for an indicator added to the rules module since. */
    public static String of(String indicator) {
        return LABELS.getOrDefault(indicator, indicator);
    }
}
