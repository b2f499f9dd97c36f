package org.disclosure.parser.internal.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * An 8-bit grey page image (0 black, 255 white) with the few operations OCR needs: its ink threshold, a crop,
 * a rotation. Rows are {@code width} bytes long, so Tesseract can take the pixels as they are.
 */
record GrayImage(byte[] pixels, int width, int height) {

    static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY
                || image.getRaster().getSampleModel().getWidth() != image.getWidth()) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = gray.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        return new GrayImage(data, gray.getWidth(), gray.getHeight());
    }

    int at(int x, int y) {
        return pixels[y * width + x] & 0xFF;
    }

    BufferedImage toBufferedImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        System.arraycopy(pixels, 0, ((DataBufferByte) image.getRaster().getDataBuffer()).getData(), 0, pixels.length);
        return image;
    }

    /**
     * Otsu's threshold: the grey level that best splits the histogram into ink and paper. Scans are blurred and
     * noisy, so a fixed level would either lose thin strokes or take the paper's grain for ink.
     */
    int inkThreshold() {
        long[] histogram = new long[256];
        for (byte p : pixels) histogram[p & 0xFF]++;
        long total = pixels.length;
        double sum = 0;
        for (int i = 0; i < 256; i++) sum += (double) i * histogram[i];
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            below += histogram[t];
            if (below == 0) continue;
            long above = total - below;
            if (above == 0) break;
            sumBelow += (double) t * histogram[t];
            double meanBelow = sumBelow / below;
            double meanAbove = (sum - sumBelow) / above;
            double between = (double) below * above * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Ink as a bit per pixel: darker than the threshold. */
    boolean[] ink(int threshold) {
        boolean[] ink = new boolean[pixels.length];
        for (int i = 0; i < pixels.length; i++) ink[i] = (pixels[i] & 0xFF) <= threshold;
        return ink;
    }

    /** The pixels of a rectangle (clamped to the image), with {@code border} white pixels around them. */
    GrayImage crop(int x0, int y0, int x1, int y1, int border) {
        x0 = Math.max(0, x0);
        y0 = Math.max(0, y0);
        x1 = Math.min(width, x1);
        y1 = Math.min(height, y1);
        int w = Math.max(1, x1 - x0) + 2 * border;
        int h = Math.max(1, y1 - y0) + 2 * border;
        byte[] out = new byte[w * h];
        java.util.Arrays.fill(out, (byte) 0xFF);
        for (int y = y0; y < y1; y++) {
            System.arraycopy(pixels, y * width + x0, out, (y - y0 + border) * w + border, Math.max(0, x1 - x0));
        }
        return new GrayImage(out, w, h);
    }

    /** A copy with rectangles painted white (tables, once read, are left out of the text). */
    GrayImage without(java.util.List<int[]> boxes) {
        byte[] out = pixels.clone();
        for (int[] box : boxes) {
            for (int y = Math.max(0, box[1]); y < Math.min(height, box[3]); y++) {
                java.util.Arrays.fill(out, y * width + Math.max(0, box[0]), y * width + Math.min(width, box[2]), (byte) 0xFF);
            }
        }
        return new GrayImage(out, width, height);
    }

    /** The image enlarged by {@code factor} (bicubic), for print too small for the recogniser. */
    GrayImage scaled(double factor) {
        if (factor <= 1.01) return this;
        int w = (int) Math.round(width * factor);
        int h = (int) Math.round(height * factor);
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(toBufferedImage(), 0, 0, w, h, null);
        g.dispose();
        return of(target);
    }

    /** The image turned by {@code degrees} (counter-clockwise positive) about its centre, corners filled white. */
    GrayImage rotated(double degrees) {
        if (Math.abs(degrees) < 0.01) return this;
        BufferedImage source = toBufferedImage();
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, AffineTransform.getRotateInstance(Math.toRadians(-degrees), width / 2.0, height / 2.0), null);
        g.dispose();
        return of(target);
    }
}
