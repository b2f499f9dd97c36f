package org.disclosure.parser.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Hostile documents, made by the tests themselves: each is small to upload and built to cost a naive parser
 * its heap, its stack or minutes of CPU. Shared with the services' tests through the parser's test jar.
 */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /** The page that took ingest's heap: 40 cells of rowspan=1000 colspan=1000 (1.6 KB). */
    public static byte[] htmlSpanBomb() {
        StringBuilder html = new StringBuilder("<html><body><h1>2024年政府信息公开工作年度报告</h1><table><tr>");
        for (int i = 0; i < 40; i++) html.append("<td rowspan=1000 colspan=1000>").append(i).append("</td>");
        return html.append("</tr></table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Spans that stay within the width but pile up rows: 200 rows of cells each claiming 1000 rows down. */
    public static byte[] htmlTallSpanBomb() {
        StringBuilder html = new StringBuilder("<html><body><table>");
        for (int r = 0; r < 200; r++) {
            html.append("<tr>");
            for (int c = 0; c < 3; c++) html.append("<td rowspan=1000 colspan=50>x</td>");
            html.append("</tr>");
        }
        return html.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Elements nested {@code depth} levels deep. */
    public static byte[] deeplyNestedHtml(int depth) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append("一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况");
        html.append("</div>".repeat(depth));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A DOCX table whose cells claim a huge w:gridSpan, and a row starting a billion columns right. */
    public static byte[] docxGridSpanBomb() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("2024年政府信息公开工作年度报告");
            XWPFTable table = document.createTable(40, 4);
            for (int r = 0; r < 40; r++) {
                XWPFTableRow row = table.getRow(r);
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.setText("1");
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(Integer.MAX_VALUE));
                }
            }
            table.getRow(0).getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.valueOf(1_000_000_000));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Plain text of {@code lines} table lines (millions for the bomb). */
    public static byte[] textTableLines(int lines) {
        StringBuilder text = new StringBuilder(lines * 12);
        text.append("2024年政府信息公开工作年度报告\n二、主动公开政府信息情况\n");
        for (int i = 0; i < lines; i++) text.append("第").append(i % 10).append("条\t1\t2\t3\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One line of {@code length} characters. */
    public static byte[] textLongLine(int length) {
        return ("2024年政府信息公开工作年度报告\n" + "政".repeat(length) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF of {@code pages} empty pages. */
    public static byte[] pdfManyPages(int pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) document.addPage(new PDPage(PDRectangle.A4));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF whose content stream inflates to {@code inflated} bytes of spaces (a deflate bomb). */
    public static byte[] pdfStreamBomb(long inflated) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(deflatedSpaces(inflated));
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Random bytes, as a binary file named report.pdf would be. */
    public static byte[] binary(int length, boolean pdfHeader) {
        byte[] bytes = new byte[length];
        new Random(7).nextBytes(bytes);
        if (pdfHeader) System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 9);
        return bytes;
    }

    /** {@code inflated} spaces, deflated (a thousand to one and better). */
    public static byte[] deflatedSpaces(long inflated) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] block = new byte[1 << 20];
        java.util.Arrays.fill(block, (byte) ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (long left = inflated; left > 0; left -= block.length) {
            deflater.setInput(block, 0, (int) Math.min(block.length, left));
            while (!deflater.needsInput()) out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.finish();
        while (!deflater.finished()) out.write(buffer, 0, deflater.deflate(buffer));
        deflater.end();
        return out.toByteArray();
    }
}
