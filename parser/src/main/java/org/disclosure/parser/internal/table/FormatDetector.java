package org.disclosure.parser.internal.table;

import java.util.List;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.parser.internal.text.LineRange;
import org.disclosure.parser.internal.text.Narrative;
import org.disclosure.parser.internal.text.SourceDocument;

/**
 * Tells the table format from the labels printed in tables 二 and 三, never from the year: a report on
 * 2021 printed in the 2019 format is a finding for the validator, not something to correct here.
 */
public final class FormatDetector {

    private static final List<String> LABELS_2019 = List.of(
            "本年新制作", "本年新公开", "对外公开总数", "上一年项目数量", "本年增/减", "本年增减",
            "政府集中采购", "第二十条第(九)项", "其他对外管理服务事项");
    private static final List<String> LABELS_2021 = List.of(
            "本年制发", "本年废止", "现行有效", "本年处理决定数量", "本年收费金额");
    private static final List<String> SUB_ROWS_2021 = List.of("不补正", "缴纳费用", "收费通知");

    private FormatDetector() {
    }

    public static FormatVersion detect(SourceDocument document, LineRange activeTable, LineRange requestsTable) {
        int votes2019 = 0;
        int votes2021 = 0;
        for (int line = activeTable.start(); line < activeTable.end(); line++) {
            if (Narrative.isNarrative(document.cells(line))) continue;
            String text = document.normalizedLine(line);
            votes2019 += count(text, LABELS_2019);
            votes2021 += count(text, LABELS_2021);
        }
        if (votes2019 != votes2021) return votes2019 > votes2021 ? FormatVersion.F2019 : FormatVersion.F2021;
        for (int line = requestsTable.start(); line < requestsTable.end(); line++) {
            if (count(document.normalizedLine(line), SUB_ROWS_2021) > 0) return FormatVersion.F2021;
        }
        return votes2019 > 0 ? FormatVersion.F2019 : FormatVersion.F2021;
    }

    private static int count(String text, List<String> labels) {
        int found = 0;
        for (String label : labels) {
            if (text.contains(label)) found++;
        }
        return found;
    }
}
