package org.disclosure.stats.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesTheByteOrderMarkQuotesWhereNeededAndLeavesNullEmpty() {
        ExportTable table = new ExportTable("表", List.of("名称", "数值"), List.of(
                Arrays.asList("某县\"财政局\",办公室", new BigDecimal("0.5000")),
                Arrays.asList("无值", null)));

        String csv = new String(CsvWriter.write(table), StandardCharsets.UTF_8);

        assertEquals("\uFEFF名称,数值\r\n\"某县\"\"财政局\"\",办公室\",0.5000\r\n无值,\r\n", csv);
    }

    @Test
    void defusesTextThatASpreadsheetWouldEvaluateButLeavesNumbersAlone() {
        ExportTable table = new ExportTable("表", List.of("名称", "数值"), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\")", new BigDecimal("-3")),
                Arrays.asList("+1", -2),
                Arrays.asList("-2+3", 0),
                Arrays.asList("@SUM(A1)", 1),
                Arrays.asList("\tcmd", 2),
                Arrays.asList("\rcmd", 3),
                Arrays.asList("某县=财政局", 4)));

        String csv = new String(CsvWriter.write(table), StandardCharsets.UTF_8);

        assertEquals("\uFEFF名称,数值\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n"
                + "'+1,-2\r\n"
                + "'-2+3,0\r\n"
                + "'@SUM(A1),1\r\n"
                + "'\tcmd,2\r\n"
                + "\"'\rcmd\",3\r\n"
                + "某县=财政局,4\r\n", csv);
    }
}
