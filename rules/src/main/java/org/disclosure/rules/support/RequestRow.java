package org.disclosure.rules.support;

/**
 * One row of table 三, identified by the key prefix its seven cells share (e.g. "apply.denied.state_secret").
 * Its cell keys and unit names are made once, here: the arithmetic rules ask for them for every report.
 */
public final class RequestRow {

    private final String prefix;
    private final String labelZh;
    private final String labelEn;
    private final String[] keys;
    private final String unitZh;
    private final String unitEn;

    /**
     * @param labelZh the row's printed label, e.g. "三（三）1.属于国家秘密"
     * @param labelEn a short English name derived from the key, e.g. "denied: state secret"
     */
    public RequestRow(String prefix, String labelZh, String labelEn) {
        this.prefix = prefix;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        ApplicantColumn[] columns = ApplicantColumn.values();
        this.keys = new String[columns.length];
        for (ApplicantColumn column : columns) keys[column.ordinal()] = prefix + "." + column.suffix();
        this.unitZh = "表三 " + labelZh + " 行";
        this.unitEn = "Table 3, row " + labelEn;
    }

    public String prefix() {
        return prefix;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    public String key(ApplicantColumn column) {
        return keys[column.ordinal()];
    }

    /** "表三 一、本年新收… 行" — the unit of a per-row finding. */
    public String unitZh() {
        return unitZh;
    }

    public String unitEn() {
        return unitEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RequestRow row && row.prefix.equals(prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return "RequestRow[prefix=" + prefix + ", labelZh=" + labelZh + ", labelEn=" + labelEn + "]";
    }
}
