package org.disclosure.parser.internal.report;

import org.disclosure.contracts.report.Sections;

/** The six sections of an annual report with the key words their titles carry. */
public enum ReportSection {
    OVERVIEW(Sections.OVERVIEW, new String[] {"总体情况", "概述", "总体"}),
    ACTIVE(Sections.ACTIVE, new String[] {"主动公开"}),
    REQUESTS(Sections.REQUESTS, new String[] {"收到和处理", "依申请", "申请情况", "公开申请"}),
    APPEALS(Sections.APPEALS, new String[] {"行政复议", "行政诉讼", "复议", "诉讼"}),
    PROBLEMS(Sections.PROBLEMS, new String[] {"存在的主要问题", "存在问题", "问题及改进", "改进情况", "主要问题", "不足"}),
    OTHER(Sections.OTHER, new String[] {"其他需要报告", "其他事项", "其他需报告", "其他"});

    private final String id;
    private final String[] keywords;

    ReportSection(String id, String[] keywords) {
        this.id = id;
        this.keywords = keywords;
    }

    /** The section id of the canonical model (see {@link Sections}). */
    String id() {
        return id;
    }

    boolean isTitledBy(String wording) {
        if (this == REQUESTS && (wording.contains("本年新收") || wording.contains("上年结转"))) return false;
        for (String keyword : keywords) {
            if (wording.contains(keyword)) return true;
        }
        return false;
    }
}
