package org.disclosure.dashboard.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosure.contracts.cells.CellCatalog;
import org.disclosure.contracts.findings.Finding;
import org.disclosure.contracts.findings.FindingStatus;
import org.disclosure.contracts.findings.Severity;
import org.disclosure.contracts.report.CellSource;
import org.disclosure.contracts.report.FormatVersion;
import org.disclosure.contracts.report.Paragraph;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.contracts.report.Region;
import org.disclosure.contracts.report.SourceLocation;
import org.junit.jupiter.api.Test;

class FormLayoutTest {

    private static final CellCatalog CATALOG = CellCatalog.standard();

    private static ParsedReport report() {
        Map<String, BigDecimal> cells = new LinkedHashMap<>();
        cells.put("apply.new.natural", new BigDecimal("20"));
        cells.put("apply.new.total", new BigDecimal("25.00"));
        cells.put("review.total", null);
        Map<String, CellSource> sources = Map.of("apply.new.total",
                new CellSource("25", new SourceLocation(2, 14, 9, null)));
        return new ParsedReport("某县人民政府", new Region("230407", "黑龙江省", "鹤岗市", "兴山区"), 2021,
                FormatVersion.F2021, null, List.of(), cells, sources, List.of(),
                List.of(new Paragraph("overview", 7, "本年共受理政府信息公开申请 25 件，均按时答复。")));
    }

    private static Finding x01() {
        return new Finding("X01", Severity.ERROR, FindingStatus.VIOLATED, List.of("apply.new.total"),
                Map.of("apply.new.total", new BigDecimal("25")), new BigDecimal("30"),
                List.of(SourceLocation.atLine(7, 1)), "第 7 行正文“本年共受理政府信息公开申请25件”称本年新收 30 件，而表三 = 25",
                "line 7");
    }

    @Test
    void rowsAndColumnsComeFromTheCatalogsMeanings() {
        assertArrayEquals(new String[] {"一、本年新收政府信息公开申请数量", "自然人"},
                FormLayout.position("requests", "一、本年新收政府信息公开申请数量 × 自然人"));
        assertArrayEquals(new String[] {"第二十条第（一）项 规章", "本年制发件数"},
                FormLayout.position("active", "第二十条第（一）项 规章 本年制发件数"));
        assertArrayEquals(new String[] {"行政诉讼 复议后起诉", "尚未审结"},
                FormLayout.position("appeals", "行政诉讼 复议后起诉 尚未审结"));
    }

    @Test
    void theThreeTablesHoldEveryCellOfTheFormatWithValuesSourcesAndFindings() {
        List<Finding> findings = List.of(x01());
        List<FormTable> tables = new FormLayout(CATALOG).tables(report(), findings, FindingViews.anchors(findings));
        assertEquals(3, tables.size());
        FormTable requests = tables.get(1);
        assertTrue(requests.title().startsWith("三、"));
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                requests.columns());
        FormTable.Row received = requests.rows().get(0);
        assertEquals("一、本年新收政府信息公开申请数量", received.label());
        FormCell natural = received.cells().get(0);
        assertEquals("20", natural.value());
        assertTrue(!natural.flagged());
        FormCell total = received.cells().get(6);
        assertEquals("25", total.value());
        assertEquals("第 2 页 第 14 行 第 9 列", total.source());
        assertEquals(List.of("finding-1"), total.findings());
        assertEquals("error", total.severity());
        assertEquals("未读取", received.cells().get(1).value());
        FormCell review = tables.get(2).rows().get(0).cells().stream().filter(c -> c.key().equals("review.total"))
                .findFirst().orElseThrow();
        assertEquals("—", review.value());
        int cells = tables.stream().mapToInt(t -> (int) t.rows().stream()
                .flatMap(r -> r.cells().stream()).filter(FormCell::exists).count()).sum();
        assertEquals(CATALOG.forFormat(FormatVersion.F2021).size(), cells);
    }

    @Test
    void anX01FindingCarriesItsSentenceWithTheQuotedPassageMarked() {
        List<FindingView> views = new FindingViews(CATALOG).views(report(), List.of(x01()));
        FindingView view = views.get(0);
        assertTrue(view.violated());
        assertEquals("本年共受理政府信息公开申请 25 件", view.narrative().quoted());
        assertEquals("", view.narrative().before());
        assertEquals("，均按时答复。", view.narrative().after());
        assertTrue(view.evidence().contains("应为：30"), view.evidence().toString());
        assertTrue(view.evidence().contains("位置：第 7 行 第 1 列"), view.evidence().toString());
        assertTrue(view.ruleName().contains("正文"));
    }

    @Test
    void aQuoteCutWithAnEllipsisIsFoundWithoutIt() {
        assertEquals("本年共受理", FindingViews.quote("第 3 行“本年共受理…”称"));
        assertEquals("", FindingViews.quote("no quote"));
    }
}
