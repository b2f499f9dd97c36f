package org.disclosure.parser;

import static org.disclosure.parser.ReportAssertions.resource;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Documents that are not readable annual reports are refused with a reason that names what they are,
 * and nothing throws. Every bad file is generated here.
 */
class RejectedInputTest {

    private static final ReportParser PARSER = new ReportParser();

    @Test
    void corruptPdf() {
        byte[] pdf = DocumentFormatsTest.document("report_2021_hangzhou_xihu.pdf");
        byte[] damaged = Arrays.copyOf(pdf, pdf.length);
        // keep the header, overwrite everything after it: objects, page tree and cross-reference table
        byte[] noise = new byte[damaged.length - 16];
        new Random(11).nextBytes(noise);
        System.arraycopy(noise, 0, damaged, 16, noise.length);
        assertFailure(PARSER.parse(damaged), "文件已损坏", "corrupt");
        assertFailure(PARSER.parse("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII)),
                "文件已损坏", "corrupt");
    }

    @Test
    void encryptedPdf() throws IOException {
        try (PDDocument document = textPdf("Annual report")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            assertFailure(PARSER.parse(save(document)), "PDF 已加密", "encrypted");
        }
    }

    @Test
    void scannedPdfWithoutTextLayer() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                BufferedImage scan = new BufferedImage(595, 842, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = scan.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 595, 842);
                g.setColor(Color.BLACK);
                for (int line = 0; line < 30; line++) g.fillRect(60, 80 + line * 22, 470, 8);
                g.dispose();
                PDImageXObject image = LosslessFactory.createFromImage(document, scan);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            assertFailure(PARSER.parse(save(document)), "扫描件，没有文字层", "OCR is not supported");
        }
    }

    @Test
    void pdfWithTextThatIsNoReport() throws IOException {
        try (PDDocument document = textPdf("Minutes of the monthly meeting of the finance committee, nothing else.")) {
            assertFailure(PARSER.parse(save(document)), "不是政府信息公开工作年度报告", "Not an annual report");
        }
    }

    @Test
    void emptyAndNullInput() {
        assertFailure(PARSER.parse(new byte[0]), "空文件", "empty");
        assertFailure(PARSER.parse(null), "空文件", "empty");
        assertFailure(PARSER.parseText(""), "年度报告", "annual report");
        assertFailure(PARSER.parseText(null), "年度报告", "annual report");
    }

    @Test
    void zipArchive() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write(resource("tab_2021_changchun_chaoyang.txt").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertFailure(PARSER.parse(bytes.toByteArray()), "这是一个 ZIP 压缩包，不是年度报告", "This is a zip archive, not a report");
    }

    @Test
    void excelWorkbooks() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("三").createRow(0).createCell(0).setCellValue("一、本年新收政府信息公开申请数量");
            workbook.write(out);
            assertFailure(PARSER.parse(out.toByteArray()), "Excel 表格（.xlsx）", "an Excel workbook (.xlsx)");
        }
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("三").createRow(0).createCell(0).setCellValue(38);
            workbook.write(out);
            assertFailure(PARSER.parse(out.toByteArray()), "Excel 97-2003", "Excel 97-2003 workbook");
        }
    }

    @Test
    void image() throws IOException {
        BufferedImage picture = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        assertFailure(PARSER.parse(png.toByteArray()), "图片", "an image");
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpeg", jpeg);
        assertFailure(PARSER.parse(jpeg.toByteArray()), "图片", "an image");
    }

    @Test
    void randomBinary() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertFailure(PARSER.parse(noise), "无法识别的二进制文件", "unrecognised binary data");
    }

    @Test
    void corruptWordDocuments() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document>broken".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertFailure(PARSER.parse(bytes.toByteArray()), "文件已损坏", "(.docx) is corrupt");

        try (POIFSFileSystem compound = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] garbage = new byte[2048];
            new Random(3).nextBytes(garbage);
            compound.createDocument(new java.io.ByteArrayInputStream(garbage), "WordDocument");
            compound.writeFilesystem(out);
            assertFailure(PARSER.parse(out.toByteArray()), "Word 97-2003", "save it as .docx or PDF");
        }
    }

    @Test
    void aNoticeIsNotAnAnnualReport() {
        assertFailure(PARSER.parseText(resource("not_a_report.txt")), "年度报告", "annual report");
    }

    @Test
    void aReportWithoutTablesSaysSo() {
        assertFailure(PARSER.parseText(resource("report_without_tables.txt")), "统计表", "tables");
    }

    private static PDDocument textPdf(String text) throws IOException {
        PDDocument document = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(60, 700);
            content.showText(text);
            content.endText();
        }
        return document;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }

    private static void assertFailure(ParseResult result, String reasonZh, String reasonEn) {
        ParseResult.Failure failure = assertInstanceOf(ParseResult.Failure.class, result,
                () -> "expected a failure, got " + result);
        assertTrue(failure.reasonZh().contains(reasonZh), failure.describe());
        assertTrue(failure.reasonEn().contains(reasonEn), failure.describe());
    }
}
