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

    /**
     * Table 三 broken before 2.申请人逾期未按收费通知… as a converter breaks it at a page end: the page's
     * footer and the next page's caption between the two parts, and the header rows repeated on top of
     * the second part (its 其他 and 总计 columns are no rows).
     */
    public static ReportSource repeatedHeader(ReportSource source) {
        List<ReportSource.Block> blocks = new java.util.ArrayList<>();
        for (ReportSource.Block block : source.blocks()) {
            int at = block instanceof ReportSource.Table t ? rowWith(t, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请") : -1;
            if (at < 0) {
                blocks.add(block);
                continue;
            }
            ReportSource.Table t = (ReportSource.Table) block;
            blocks.add(new ReportSource.Table(t.slots().subList(0, at)));
            blocks.add(new ReportSource.Paragraph("杭州市西湖区人民政府2024年度政府信息公开工作年度报告"));
            blocks.add(new ReportSource.Paragraph("续表"));
            List<List<String>> rest = new java.util.ArrayList<>(t.slots().subList(0, t.headerRows()));
            for (List<String> row : t.slots().subList(at, t.rows())) {
                // the rows merged down from above the break start afresh on the new page
                List<String> copy = new java.util.ArrayList<>(row);
                if (copy.getFirst().equals("^")) copy.set(0, "");
                if (copy.get(1).equals("^")) copy.set(1, "");
                rest.add(copy);
            }
            blocks.add(new ReportSource.Table(rest));
        }
        return new ReportSource(blocks);
    }

    private static int rowWith(ReportSource.Table t, String label) {
        for (int r = 0; r < t.rows(); r++) {
            if (t.slots().get(r).contains(label)) return r;
        }
        return -1;
    }

    /**
     * Labels and headers as real reports print them: 现行有效数量 for the header 现行有效件数,
     * 四、结转下一年度继续办理 for the row, 本机关未掌握相关政府信息 (one character off); and differences that
     * are no deviation: half-width quotes and brackets, spaces inside a label.
     */
    public static ReportSource nonstandardLabels(ReportSource source) {
        return TextLayouts.withTables(source, rows -> {
            for (List<String> row : rows) {
                row.replaceAll(slot -> switch (slot) {
                    case "现行有效件数" -> "现行有效数量";
                    case "四、结转下年度继续办理" -> "四、结转下一年度继续办理";
                    case "1.本机关不掌握相关政府信息" -> "1.本机关未掌握相关政府信息";
                    case "3.危及“三安全一稳定”" -> "3.危及\"三安全一稳定\"";
                    case "（一）予以公开" -> "(一) 予以 公开";
                    default -> slot;
                });
            }
            return rows;
        });
    }
}
