package org.disclosure.dashboard.view;

import java.util.List;

/**
 * An indicator of DOMAIN.md as the pages name and explain it. Names are those of the rules module's
 * {@code Indicators#asMap}; {@code rate} tells a fraction (shown as %) from a count.
 */
public record IndicatorDefinition(String name, String label, String definition, boolean rate) {

    public static final List<IndicatorDefinition> ALL = List.of(
            new IndicatorDefinition("applications_received", "本年新收申请数", "表三 一、本年新收政府信息公开申请数量（总计）", false),
            new IndicatorDefinition("applications_handled", "办结申请数", "表三 三、本年度办理结果 总计", false),
            new IndicatorDefinition("substantive_disclosure_rate", "实质公开率", "（予以公开 + 部分公开）÷ 办理结果总计", true),
            new IndicatorDefinition("denial_rate", "不予公开率", "不予公开各项之和 ÷ 办理结果总计", true),
            new IndicatorDefinition("unable_rate", "无法提供率", "无法提供各项之和 ÷ 办理结果总计", true),
            new IndicatorDefinition("not_processed_rate", "不予处理率", "不予处理各项之和 ÷ 办理结果总计", true),
            new IndicatorDefinition("carry_forward_rate", "结转下年率", "结转下年度继续办理 ÷（本年新收 + 上年结转）", true),
            new IndicatorDefinition("natural_person_share", "自然人申请占比", "本年新收中自然人申请 ÷ 本年新收总计", true),
            new IndicatorDefinition("review_correction_rate", "复议纠错率", "行政复议结果纠正 ÷（复议总计 − 尚未审结）", true),
            new IndicatorDefinition("litigation_correction_rate", "诉讼纠错率", "两类行政诉讼结果纠正之和 ÷（诉讼总计 − 尚未审结）", true),
            new IndicatorDefinition("dispute_rate", "争议转化率", "（复议总计 + 两类诉讼总计）÷ 本年新收总计", true));

    public static IndicatorDefinition of(String name) {
        return ALL.stream().filter(definition -> definition.name.equals(name)).findFirst()
                .orElse(new IndicatorDefinition(name, name, "", false));
    }

    /** A value of this indicator as the pages show it. */
    public String format(java.math.BigDecimal value) {
        return rate ? Numbers.percent(value) : Numbers.count(value);
    }

    /** A change of this indicator from one year to the next. */
    public String formatChange(java.math.BigDecimal change) {
        return rate ? Numbers.percentPoints(change) : Numbers.signed(change);
    }
}
