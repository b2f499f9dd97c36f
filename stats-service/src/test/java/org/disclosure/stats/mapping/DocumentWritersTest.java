package org.disclosure.stats.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosure.contracts.report.ParsedReport;
import org.disclosure.stats.comparison.ComparedReport;
import org.disclosure.stats.comparison.ReportComparer;
import org.disclosure.stats.support.YearPair;
import org.junit.jupiter.api.Test;

/** Both writers on the comparison report of {@link YearPair}, without a server: the files open and say the same. */
class DocumentWritersTest {

    private static DocumentModel model() {
        ParsedReport earlier = YearPair.earlier(2021);
        ParsedReport later = YearPair.later(2022);
        return Documents.comparison(new ReportComparer().compare(
                new ComparedReport(UUID.randomUUID(), earlier.agency(), "230826", 2021, earlier, YearPair.earlierFindings()),
                new ComparedReport(UUID.randomUUID(), later.agency(), "230826", 2022, later, YearPair.laterFindings())),
                LocalDate.of(2023, 3, 1));
    }

    @Test
    void thePdfEmbedsItsChineseFontAndGivesItsTextBack() throws IOException {
        byte[] pdf = PdfWriter.write(model());
        if (System.getProperty("documents.out") != null) Files.write(Path.of(System.getProperty("documents.out")), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("桦川县人民政府 2022年与2021年政府信息公开工作年度报告比对"), text.substring(0, 200));
            assertTrue(text.contains("生成日期 2023年3月1日"));
            assertTrue(text.contains("超过上年的 3 倍"));
            PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames()
                    .iterator().next());
            assertTrue(font.getName().contains("NotoSansSC"), font.getName());
            assertTrue(font.isEmbedded());
        }
    }

    @Test
    void theWordDocumentHasTheSameTitleAndTables() throws IOException {
        DocumentModel model = model();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(model)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertTrue(extractor.getText().startsWith(model.title()));
            long tables = model.blocks().stream().filter(block -> block instanceof DocumentModel.Table).count();
            assertEquals(tables, document.getTables().size());
            assertEquals(List.of("状态", "规则", "2021年", "2022年", "证据"), document.getTables().getLast().getRow(0)
                    .getTableCells().stream().map(cell -> cell.getText()).toList());
        }
    }

    @Test
    void markupInSubmittedTextIsEscaped() {
        assertEquals("a&lt;b&gt;&amp;&quot;c", PdfWriter.escape("a<b>&\"c\u0001"));
    }
}
