package org.disclosure.parser.internal.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.disclosure.parser.internal.limit.Budget;

/**
 * The drawing on one page that matters for reading it: table borders, whether drawn as stroked lines
 * or as thin filled rectangles (as Word and WPS export them), and how much of the page images cover
 * (a page that is one big image and no text is a scan).
 */
final class PdfPageGraphics extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this is a border line, not a shaded area. */
    private static final float THIN = 2.5f;
    /** Lines shorter than this are glyph strokes or tick marks, not borders. */
    private static final float SHORTEST_RULING = 4f;

    private final PDRectangle box;
    private final List<PdfRuling> rulings = new ArrayList<>();
    private final List<Point2D.Float> path = new ArrayList<>();
    /** Straight segments of the current path as [x0, y0, x1, y1] in PDF space. */
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private Point2D.Float start;
    private double imageArea;

    private PdfPageGraphics(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    static PdfPageGraphics of(PDPage page) throws IOException {
        PdfPageGraphics graphics = new PdfPageGraphics(page);
        graphics.processPage(page);
        return graphics;
    }

    List<PdfRuling> rulings() {
        return rulings;
    }

    /** The share of the page covered by images (0..1, overlaps counted twice). */
    double imageShare() {
        double page = (double) box.getWidth() * box.getHeight();
        return page <= 0 ? 0 : imageArea / page;
    }

    // text is read by PdfGlyphCollector; skipping it here halves the cost of this pass
    @Override
    public void showTextString(byte[] string) {
    }

    @Override
    public void showTextStrings(COSArray array) {
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Budget.addGlyph(); // drawing operations count with the glyphs: a page of millions of strokes is no report
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {minX, minY, maxX, maxY});
    }

    @Override
    public void drawImage(PDImage image) {
        Budget.addGlyph(); // drawing operations count with the glyphs: a page of millions of strokes is no report
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        imageArea += Math.abs((double) ctm.getScalingFactorX() * ctm.getScalingFactorY());
    }

    @Override
    public void clip(int windingRule) {
        // clipping paths are followed by endPath, which discards them
    }

    @Override
    public void moveTo(float x, float y) {
        Budget.addGlyph(); // drawing operations count with the glyphs: a page of millions of strokes is no report
        start = new Point2D.Float(x, y);
        path.clear();
        path.add(start);
    }

    @Override
    public void lineTo(float x, float y) {
        Budget.addGlyph(); // drawing operations count with the glyphs: a page of millions of strokes is no report
        Point2D.Float from = path.isEmpty() ? new Point2D.Float(x, y) : path.getLast();
        segments.add(new float[] {from.x, from.y, x, y});
        path.add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        Budget.addGlyph(); // drawing operations count with the glyphs: a page of millions of strokes is no report
        path.add(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.isEmpty() ? new Point2D.Float() : path.getLast();
    }

    @Override
    public void closePath() {
        if (start != null && !path.isEmpty()) lineTo(start.x, start.y);
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void strokePath() {
        for (float[] s : segments) addSegment(s[0], s[1], s[2], s[3]);
        for (float[] r : rectangles) {
            addSegment(r[0], r[1], r[2], r[1]);
            addSegment(r[0], r[3], r[2], r[3]);
            addSegment(r[0], r[1], r[0], r[3]);
            addSegment(r[2], r[1], r[2], r[3]);
        }
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float width = r[2] - r[0];
            float height = r[3] - r[1];
            if (height <= THIN && width > height) addSegment(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            else if (width <= THIN && height > width) addSegment((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
        }
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clearPath() {
        path.clear();
        segments.clear();
        rectangles.clear();
        start = null;
    }

    /** Keeps axis-parallel segments, turned into top-left page coordinates like the glyphs'. */
    private void addSegment(float x0, float y0, float x1, float y1) {
        float left = box.getLowerLeftX();
        float top = box.getUpperRightY();
        if (Math.abs(y0 - y1) < 1f && Math.abs(x1 - x0) >= SHORTEST_RULING) {
            rulings.add(new PdfRuling(true, top - (y0 + y1) / 2, Math.min(x0, x1) - left, Math.max(x0, x1) - left));
        } else if (Math.abs(x0 - x1) < 1f && Math.abs(y1 - y0) >= SHORTEST_RULING) {
            rulings.add(new PdfRuling(false, (x0 + x1) / 2 - left, top - Math.max(y0, y1), top - Math.min(y0, y1)));
        }
    }
}
