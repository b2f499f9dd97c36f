package org.disclosure.stats.rest;

import static org.disclosure.stats.support.StatsFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.disclosure.stats.support.Api;
import org.disclosure.stats.support.StatsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CSV and XLSX files, read back the way a spreadsheet would. */
@QuarkusTest
class ExportResourceTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @BeforeEach
    void storeFixture() {
        StatsFixture.ensureStored();
    }

    @Test
    void reportListAsCsvStartsWithTheByteOrderMarkAndChineseTitles() {
        byte[] csv = Api.asNational().when().get("/api/exports/reports.csv?region=230000&year=" + YEAR)
                .then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("reports.csv"))
                .extract().asByteArray();

        assertArrayEquals(UTF8_BOM, Arrays.copyOf(csv, 3));
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("报告编号,机关名称,地区代码,省,市,县,统计年度"), lines.get(0));
        assertEquals(1 + 3, lines.size(), "three current reports of 黑龙江 in " + YEAR);
        String daoli = lines.stream().filter(line -> line.startsWith(StatsFixture.DAOLI_GOVERNMENT.id().toString()))
                .findFirst().orElseThrow();
        assertTrue(daoli.contains(",哈尔滨市道里区人民政府,230102,黑龙江省,哈尔滨市,道里区," + YEAR + ",2021,"), daoli);
        assertTrue(daoli.contains(",1,1,0,是,"), daoli); // one error, one warning, current
    }

    @Test
    void indicatorsAsCsvHaveEmptyCellsForUndefinedRates() {
        byte[] csv = Api.asNational().when().get("/api/exports/indicators.csv?level=county&region=230000&year=" + YEAR)
                .then().statusCode(200).extract().asByteArray();
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("地区代码,地区名称,机关名称,统计年度,报告数,本年新收申请数,办结申请数,实质公开率"),
                lines.get(0));
        assertEquals("230102,道里区,," + YEAR + ",2,15,15,0.5333", String.join(",",
                Arrays.copyOf(lines.get(1).split(",", -1), 8)));
        assertEquals("230202,龙沙区,," + YEAR + ",1,0,0,", String.join(",",
                Arrays.copyOf(lines.get(2).split(",", -1), 8)));
    }

    @Test
    void indicatorsAsXlsxWithChineseTitlesAndNumbers() throws IOException {
        byte[] xlsx = Api.asNational().when().get("/api/exports/indicators.xlsx?level=province&year=" + YEAR)
                .then().statusCode(200)
                .header("Content-Type", ExportResource.XLSX)
                .extract().asByteArray();

        List<List<Object>> rows = read(xlsx);
        assertEquals(List.of("地区代码", "地区名称", "机关名称", "统计年度", "报告数", "本年新收申请数", "办结申请数",
                "实质公开率", "不予公开率", "无法提供率", "不予处理率", "结转下年率", "自然人申请占比", "复议纠错率",
                "诉讼纠错率", "争议转化率"), rows.get(0));
        List<Object> heilongjiang = rows.stream().filter(row -> "230000".equals(row.get(0))).findFirst().orElseThrow();
        assertEquals(List.of("230000", "黑龙江省", "", (double) YEAR, 3.0, 15.0, 15.0, 0.5333),
                heilongjiang.subList(0, 8));
        List<Object> ningxia = rows.stream().filter(row -> "640000".equals(row.get(0))).findFirst().orElseThrow();
        assertEquals("", ningxia.get(14), "诉讼纠错率 of 宁夏 is undefined: an empty cell, not 0");
    }

    @Test
    void reportListAsXlsx() throws IOException {
        byte[] xlsx = Api.asNational().when().get("/api/exports/reports.xlsx?region=640000&year=" + YEAR)
                .then().statusCode(200).extract().asByteArray();
        List<List<Object>> rows = read(xlsx);
        assertEquals("机关名称", rows.get(0).get(1));
        assertEquals(2, rows.size());
        assertEquals("银川市兴庆区人民政府", rows.get(1).get(1));
        assertFalse(rows.stream().anyMatch(row -> row.contains("哈尔滨市道里区人民政府")));
    }

    @Test
    void errorsOfTheFileEndpointsAreJsonNotCsvOrXlsx() {
        for (String file : List.of("reports.csv", "reports.xlsx", "indicators.csv", "indicators.xlsx")) {
            Api.asNational().when().get("/api/exports/" + file + "?level=county&region=HLJ")
                    .then().statusCode(400)
                    .header("Content-Type", org.hamcrest.Matchers.startsWith("application/json"))
                    .body("error", org.hamcrest.Matchers.containsString("region"));
        }
    }

    /** Each row's cells as String or Double; a blank cell reads "". */
    static List<List<Object>> read(byte[] xlsx) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = sheet.getRow(0).getLastCellNum();
            for (Row row : sheet) {
                List<Object> values = new ArrayList<>();
                for (int column = 0; column < width; column++) {
                    Cell cell = row.getCell(column);
                    if (cell == null || cell.getCellType() == CellType.BLANK) values.add("");
                    else if (cell.getCellType() == CellType.NUMERIC) values.add(cell.getNumericCellValue());
                    else values.add(cell.getStringCellValue());
                }
                rows.add(values);
            }
        }
        return rows;
    }
}
