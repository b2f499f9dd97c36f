package org.disclosure.rules.support;

import java.util.List;

/** The three groups of table 四, each with 维持 / 纠正 / 其他 / 尚未审结 / 总计. */
public enum AppealGroup {
    REVIEW("review", "行政复议", "administrative review"),
    LITIGATION_DIRECT("litigation_direct", "行政诉讼（未经复议直接起诉）", "litigation without prior review"),
    LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼（复议后起诉）", "litigation after review");

    /** The result columns (结果维持, 结果纠正, 其他结果, 尚未审结) whose sum is the group's total. */
    private static final List<String> PARTS = List.of("upheld", "corrected", "other", "pending");

    private final String prefix;
    private final String labelZh;
    private final String labelEn;

    AppealGroup(String prefix, String labelZh, String labelEn) {
        this.prefix = prefix;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String key(String part) {
        return prefix + "." + part;
    }

    public List<String> partKeys() {
        return PARTS.stream().map(this::key).toList();
    }

    public String total() {
        return key("total");
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
