package org.disclosure.rules.support;

/**
 * One row of table 三, identified by the key prefix its seven cells share (e.g. "apply.denied.state_secret").
 *
 * @param labelZh the row's printed label, e.g. "三（三）1.属于国家秘密"
 * @param labelEn a short English name derived from the key, e.g. "denied: state secret"
 */
public record RequestRow(String prefix, String labelZh, String labelEn) {

    public String key(ApplicantColumn column) {
        return prefix + "." + column.suffix();
    }

    /** "表三 一、本年新收… 行" — the unit of a per-row finding. */
    public String unitZh() {
        return "表三 " + labelZh + " 行";
    }

    public String unitEn() {
        return "Table 3, row " + labelEn;
    }
}
