package org.disclosure.rules.support;

/** The three groups of table 四, each with 维持 / 纠正 / 其他 / 尚未审结 / 总计. */
public enum AppealGroup {
    REVIEW("review", "行政复议", "administrative review"),
    LITIGATION_DIRECT("litigation_direct", "行政诉讼（未经复议直接起诉）", "litigation without prior review"),
    LITIGATION_AFTER_REVIEW("litigation_after_review", "行政诉讼（复议后起诉）", "litigation after review");

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
