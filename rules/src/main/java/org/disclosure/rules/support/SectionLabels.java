package org.disclosure.rules.support;

import java.util.Map;
import org.disclosure.contracts.report.Sections;

/** Printed titles of the six sections and the three standard tables, for messages. */
public final class SectionLabels {

    private static final Map<String, Message> SECTIONS = Map.of(
            Sections.OVERVIEW, new Message("一、总体情况", "1. Overview"),
            Sections.ACTIVE, new Message("二、主动公开政府信息情况", "2. Proactive disclosure"),
            Sections.REQUESTS, new Message("三、收到和处理政府信息公开申请情况", "3. Requests received and handled"),
            Sections.APPEALS, new Message("四、政府信息公开行政复议、行政诉讼情况", "4. Administrative review and litigation"),
            Sections.PROBLEMS, new Message("五、存在的主要问题及改进情况", "5. Problems and improvements"),
            Sections.OTHER, new Message("六、其他需要报告的事项", "6. Other matters"));

    // Cell tables are named like the sections that hold them (CellDefinition.table()).
    private static final Map<String, Message> TABLES = Map.of(
            Sections.ACTIVE, new Message("表二（主动公开）", "Table 2 (proactive disclosure)"),
            Sections.REQUESTS, new Message("表三（收到和处理申请）", "Table 3 (requests)"),
            Sections.APPEALS, new Message("表四（行政复议、行政诉讼）", "Table 4 (review and litigation)"));

    private SectionLabels() {
    }

    public static String sectionZh(String id) {
        return label(SECTIONS, id).zh();
    }

    public static String sectionEn(String id) {
        return label(SECTIONS, id).en();
    }

    public static String tableZh(String table) {
        return label(TABLES, table).zh();
    }

    public static String tableEn(String table) {
        return label(TABLES, table).en();
    }

    private static Message label(Map<String, Message> labels, String id) {
        Message label = id == null ? null : labels.get(id);
        return label != null ? label : new Message(String.valueOf(id), String.valueOf(id));
    }
}
