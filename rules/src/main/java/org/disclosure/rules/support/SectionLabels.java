package org.disclosure.rules.support;

import java.util.Map;
import org.disclosure.contracts.report.Sections;

/** Printed titles of the six sections and the three standard tables, for messages. */
public final class SectionLabels {

    private static final Map<String, String[]> SECTIONS = Map.of(
            Sections.OVERVIEW, new String[] {"一、总体情况", "1. Overview"},
            Sections.ACTIVE, new String[] {"二、主动公开政府信息情况", "2. Proactive disclosure"},
            Sections.REQUESTS, new String[] {"三、收到和处理政府信息公开申请情况", "3. Requests received and handled"},
            Sections.APPEALS, new String[] {"四、政府信息公开行政复议、行政诉讼情况", "4. Administrative review and litigation"},
            Sections.PROBLEMS, new String[] {"五、存在的主要问题及改进情况", "5. Problems and improvements"},
            Sections.OTHER, new String[] {"六、其他需要报告的事项", "6. Other matters"});

    // Cell tables are named like the sections that hold them (CellDefinition.table()).
    private static final Map<String, String[]> TABLES = Map.of(
            Sections.ACTIVE, new String[] {"表二（主动公开）", "Table 2 (proactive disclosure)"},
            Sections.REQUESTS, new String[] {"表三（收到和处理申请）", "Table 3 (requests)"},
            Sections.APPEALS, new String[] {"表四（行政复议、行政诉讼）", "Table 4 (review and litigation)"});

    private SectionLabels() {
    }

    public static String sectionZh(String id) {
        return SECTIONS.getOrDefault(id, new String[] {id, id})[0];
    }

    public static String sectionEn(String id) {
        return SECTIONS.getOrDefault(id, new String[] {id, id})[1];
    }

    public static String tableZh(String table) {
        return TABLES.getOrDefault(table, new String[] {String.valueOf(table), String.valueOf(table)})[0];
    }

    public static String tableEn(String table) {
        return TABLES.getOrDefault(table, new String[] {String.valueOf(table), String.valueOf(table)})[1];
    }
}
