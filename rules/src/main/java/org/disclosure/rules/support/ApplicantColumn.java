package org.disclosure.rules.support;

/** The seven columns of table 三, with the last segment of their cell keys. */
public enum ApplicantColumn {
    NATURAL("natural", "自然人", "natural persons"),
    COMMERCIAL("commercial", "商业企业", "commercial enterprises"),
    RESEARCH("research", "科研机构", "research institutions"),
    SOCIAL("social", "社会公益组织", "public-interest organisations"),
    LEGAL("legal", "法律服务机构", "legal service providers"),
    OTHER("other", "其他", "other applicants"),
    TOTAL("total", "总计", "total");

    private final String suffix;
    private final String labelZh;
    private final String labelEn;

    ApplicantColumn(String suffix, String labelZh, String labelEn) {
        this.suffix = suffix;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String suffix() {
        return suffix;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The six applicant columns whose sum is the total column. */
    public static ApplicantColumn[] applicants() {
        return new ApplicantColumn[] {NATURAL, COMMERCIAL, RESEARCH, SOCIAL, LEGAL, OTHER};
    }

    /** "表三 自然人 列" — the unit of a per-column finding. */
    public String unitZh() {
        return "表三 " + labelZh + " 列";
    }

    public String unitEn() {
        return "Table 3, column " + labelEn;
    }
}
