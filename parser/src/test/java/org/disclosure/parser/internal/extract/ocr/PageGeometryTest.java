package org.disclosure.parser.internal.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.disclosure.parser.internal.extract.pdf.PdfRuling;
import org.disclosure.parser.internal.extract.pdf.RuledTable;
import org.junit.jupiter.api.Test;

/** A scanned page's skew, and its table grid from the ruling lines in the image. */
class PageGeometryTest {

    private static final double SCALE = 300 / 72.0;

    /** A page of text lines above a 4 × 3 ruled table whose first row's first two cells are merged. */
    private static GrayImage page() {
        BufferedImage image = new BufferedImage(1200, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1400);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        for (int line = 0; line < 8; line++) g.drawString("Report line " + line + " with some words in it", 100, 120 + 60 * line);
        g.setStroke(new BasicStroke(3));
        int[] xs = {100, 400, 700, 1000};
        int[] ys = {700, 800, 900, 1000, 1100};
        for (int y : ys) g.drawLine(xs[0], y, xs[3], y);
        for (int x : new int[] {100, 1000}) g.drawLine(x, ys[0], x, ys[4]);
        g.drawLine(400, 800, 400, 1100); // no border between the first row's first two cells
        g.drawLine(700, 700, 700, 1100);
        g.dispose();
        return GrayImage.of(image);
    }

    @Test
    void aTurnedPageIsFoundTurnedAndStraightenedBack() {
        GrayImage straight = page();
        int threshold = straight.inkThreshold();
        assertEquals(0, Deskew.angle(straight, threshold), 0.15);
        GrayImage turned = straight.rotated(1.2);
        double angle = Deskew.angle(turned, threshold);
        assertEquals(1.2, Math.abs(angle), 0.15, "found " + angle);
        assertEquals(0, Deskew.angle(Deskew.straighten(turned, threshold), threshold), 0.15);
    }

    @Test
    void theTableGridComesFromTheRulingLinesMergedCellsIncluded() {
        GrayImage page = Deskew.straighten(page().rotated(-0.7), 128);
        boolean[] ink = page.ink(page.inkThreshold());
        List<PdfRuling> rulings = ImageRulings.find(ink, page.width(), page.height(), 100, 45, SCALE);
        List<RuledTable> tables = RuledTable.find(rulings);
        assertEquals(1, tables.size(), rulings.toString());
        RuledTable table = tables.getFirst();
        assertEquals(4, table.rowCount());
        assertEquals(3, table.columnCount());
        assertEquals(new RuledTable.Cell(0, 0, 1, 2), table.cellAtSlot(0, 1), "the first row's merged cell");
        assertEquals(new RuledTable.Cell(2, 1, 1, 1), table.cellAtSlot(2, 1));
        assertEquals(700 / SCALE, table.rowEdge(0), 3);
        assertTrue(table.columnEdge(3) * SCALE > 990 && table.columnEdge(3) * SCALE < 1010);
    }

    @Test
    void chineseOcrSpacingIsTidied() {
        assertEquals("鹤岗市兴山区人民政府", OcrText.tidy("鹤 岗 市 兴山 区 人民 政府"));
        assertEquals("2021年度abc def", OcrText.tidy("2021 年 度 abc def"));
        assertTrue(OcrText.looksNumeric("1 2O"));
        assertTrue(!OcrText.looksNumeric("规章"));
    }

    @Test
    void aTableLabelOcrGotOneCharacterWrongIsReadAsTheStandardLabel() {
        assertEquals("(一)予以公开", LabelVocabulary.nearest("(一)沁以公开"));
        assertEquals("8.属于行政查询事项", LabelVocabulary.nearest("8.属于行政查询事顶"));
        assertEquals("规章", LabelVocabulary.nearest("规章"), "short labels are left as read");
        assertEquals("部分公开", LabelVocabulary.nearest("部分公开"), "a real label stays");
        assertEquals("本年度工作亮点", LabelVocabulary.nearest("本年度工作亮点"), "text far from every label stays");
    }
}
