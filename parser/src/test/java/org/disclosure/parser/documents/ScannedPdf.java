package org.disclosure.parser.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Makes a scan of a PDF, as a county office's scanner would: every page rendered to a grey picture at 300 dpi,
 * turned a little, blurred, speckled with noise and saved as JPEG, packed as an image-only PDF (no text layer).
 */
public final class ScannedPdf {

    /** How the scanner spoils the pages. */
    public record Defects(double skewDegrees, float blur, double noise, double specks, float jpegQuality) {

        /** A slightly tilted, soft and grainy office scan. */
        public static Defects office() {
            return new Defects(0.8, 0.5f, 12, 0.0004, 0.8f);
        }
    }

    private ScannedPdf() {
    }

    /** All pages of {@code pdf} scanned; {@code seed} makes the noise repeatable. */
    public static byte[] scan(byte[] pdf, Defects defects, long seed) {
        return scan(pdf, defects, seed, null);
    }

    /**
     * @param pages which 0-based pages to scan (the others are kept as they are, text layer and all: a mixed
     *              document); null scans all
     */
    public static byte[] scan(byte[] pdf, Defects defects, long seed, java.util.Set<Integer> pages) {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scanned = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int p = 0; p < source.getNumberOfPages(); p++) {
                if (pages != null && !pages.contains(p)) {
                    scanned.importPage(source.getPage(p));
                    continue;
                }
                BufferedImage page = renderer.renderImageWithDPI(p, 300, ImageType.GRAY);
                double skew = defects.skewDegrees() * (random.nextBoolean() ? 1 : -1) * (0.5 + random.nextDouble() / 2);
                BufferedImage spoiled = noisy(blurred(turned(page, skew), defects.blur()), defects, random);
                PDPage out = new PDPage(PDRectangle.A4);
                scanned.addPage(out);
                PDImageXObject image = JPEGFactory.createFromImage(scanned, spoiled, defects.jpegQuality());
                try (PDPageContentStream content = new PDPageContentStream(scanned, out)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scanned.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage turned(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** A 3×3 blur whose centre keeps 1 − blur of the pixel. */
    private static BufferedImage blurred(BufferedImage page, float blur) {
        if (blur <= 0) return page;
        float side = blur / 8;
        float[] kernel = {side, side, side, side, 1 - blur, side, side, side, side};
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(page, out);
        return out;
    }

    /** Gaussian grain on every pixel, and dark specks here and there. */
    private static BufferedImage noisy(BufferedImage page, Defects defects, Random random) {
        var raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getPixels(0, y, page.getWidth(), 1, row);
            for (int x = 0; x < row.length; x++) {
                double value = row[x] + random.nextGaussian() * defects.noise();
                if (random.nextDouble() < defects.specks()) value = 40 + random.nextInt(60);
                row[x] = (int) Math.max(0, Math.min(255, value));
            }
            raster.setPixels(0, y, page.getWidth(), 1, row);
        }
        return page;
    }
}
