package org.disclosure.parser.internal.extract.ocr;

/**
 * Finds how far a scanned page is turned and turns it back. Text lines and table borders of a straight page
 * put their ink into few pixel rows; the angle whose sheared row profile is the most peaked (largest sum of
 * squared row counts) is the page's skew. Scanners and phone photos tilt pages by a degree or two, which is
 * enough to run a table border through two rows of cells.
 */
final class Deskew {

    /** Pages turned further than this are not scans of a report held straight; the search stops here. */
    static final double MAX_DEGREES = 5;
    private static final double STEP = 0.05;
    /** The profile is taken on every {@code SAMPLE}-th pixel: plenty for a page, a sixteenth of the work. */
    private static final int SAMPLE = 4;

    private Deskew() {
    }

    /** The page's skew in degrees, counter-clockwise positive (the angle to rotate by to straighten it). */
    static double angle(GrayImage page, int threshold) {
        int w = page.width() / SAMPLE;
        int h = page.height() / SAMPLE;
        int count = 0;
        int[] xs = new int[w * h];
        int[] ys = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (page.at(x * SAMPLE, y * SAMPLE) <= threshold) {
                    xs[count] = x;
                    ys[count] = y;
                    count++;
                }
            }
        }
        if (count < 100) return 0;
        double bestAngle = 0;
        double bestScore = -1;
        int margin = (int) Math.ceil(w * Math.tan(Math.toRadians(MAX_DEGREES))) + 1;
        long[] rows = new long[h + 2 * margin];
        for (double degrees = -MAX_DEGREES; degrees <= MAX_DEGREES + 1e-9; degrees += STEP) {
            java.util.Arrays.fill(rows, 0);
            double slope = Math.tan(Math.toRadians(degrees));
            for (int i = 0; i < count; i++) {
                int row = (int) Math.round(ys[i] + xs[i] * slope) + margin;
                if (row >= 0 && row < rows.length) rows[row]++;
            }
            double score = 0;
            for (long r : rows) score += (double) r * r;
            if (score > bestScore) {
                bestScore = score;
                bestAngle = degrees;
            }
        }
        // a page whose lines fall after the shear y + x·tan(a) is turned clockwise by a on screen (y grows down)
        return bestAngle;
    }

    static GrayImage straighten(GrayImage page, int threshold) {
        double angle = angle(page, threshold);
        return page.rotated(-angle);
    }
}
