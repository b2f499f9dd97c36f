package org.disclosure.rules.quality;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Who the report is from decides its legal deadline (条例 art. 49–50).
 *
 * <p>A government's own report — agency name ending in 人民政府 / 政府 / 行政公署 — is due by 31 March; every other
 * agency is treated as a government department and is due by 31 January. An agency named …人民政府办公室 (or 办公厅)
 * reports on its own work as one of the government's departments, so it gets 31 January; when such an office
 * compiles the government's report, the report is published under the government's name and falls under the
 * first case.
 */
enum AgencyKind {
    GOVERNMENT(MonthDay.of(3, 31), "人民政府", "a government"),
    DEPARTMENT(MonthDay.of(1, 31), "政府部门", "a government department");

    private static final String[] GOVERNMENT_ENDINGS = {"人民政府", "政府", "行政公署"};

    private final MonthDay deadline;
    private final String labelZh;
    private final String labelEn;

    AgencyKind(MonthDay deadline, String labelZh, String labelEn) {
        this.deadline = deadline;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    static AgencyKind of(String agency) {
        String name = agency.strip();
        for (String ending : GOVERNMENT_ENDINGS) {
            if (name.endsWith(ending)) return GOVERNMENT;
        }
        return DEPARTMENT;
    }

    /** The last day to publish the report on {@code year}: the deadline day of the following year. */
    LocalDate deadlineFor(int year) {
        return deadline.atYear(year + 1);
    }

    String labelZh() {
        return labelZh;
    }

    String labelEn() {
        return labelEn;
    }
}
