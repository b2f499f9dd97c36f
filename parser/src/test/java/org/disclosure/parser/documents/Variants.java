package org.disclosure.parser.documents;

import java.util.List;

/** Test reports planted with what real reports do, made from a clean {@link ReportSource}. */
public final class Variants {

    private Variants() {
    }

    /**
     * Table 四 with the five 行政复议 cells empty; table 三 with an empty cell first (二、上年结转 自然人), last
     * (（一）予以公开 总计), inside (2.没有现成信息 科研机构) and at both ends (3.其他).
     */
    public static ReportSource blanks(ReportSource source) {
        return TextLayouts.withTables(source, rows -> {
            for (List<String> row : rows) {
                if (row.size() == 15 && row.getFirst().matches("\\d+")) {
                    for (int c = 0; c < 5; c++) row.set(c, "");
                }
                if (row.contains("二、上年结转政府信息公开申请数量")) row.set(3, "");
                if (row.contains("（一）予以公开")) row.set(9, "");
                if (row.contains("2.没有现成信息需要另行制作")) row.set(5, "");
                if (row.contains("3.其他")) {
                    row.set(3, "");
                    row.set(9, "");
                }
            }
            return rows;
        });
    }
}
