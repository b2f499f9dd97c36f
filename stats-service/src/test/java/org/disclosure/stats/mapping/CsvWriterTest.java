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
}
