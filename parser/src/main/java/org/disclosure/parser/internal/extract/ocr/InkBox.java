package org.disclosure.parser.internal.extract.ocr;

/**
 * Where the ink of a rectangle is. Only solid ink counts — a dark pixel with at least two dark neighbours — so the
 * specks a scanner leaves in an empty cell do not make it a value.
 */
final class InkBox {

    private InkBox() {
    }

    /** The bounding box {x0, y0, x1, y1} of the solid ink inside the rectangle, or null when there is too little. */
    static int[] of(boolean[] ink, int width, int height, int x0, int y0, int x1, int y1, int minInk) {
        x0 = Math.max(1, x0);
        y0 = Math.max(1, y0);
        x1 = Math.min(width - 1, x1);
        y1 = Math.min(height - 1, y1);
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        int count = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (!ink[y * width + x] || !solid(ink, width, x, y)) continue;
                count++;
                if (x < left) left = x;
                if (x > right) right = x;
                if (y < top) top = y;
                if (y > bottom) bottom = y;
            }
        }
        return count < minInk ? null : new int[] {left, top, right + 1, bottom + 1};
    }

    /** How many lines of text the box holds: bands of inked rows separated by blank ones. */
    static int lines(boolean[] ink, int width, int[] box) {
        int lines = 0;
        int blank = Integer.MAX_VALUE;
        for (int y = box[1]; y < box[3]; y++) {
            boolean any = false;
            for (int x = box[0]; x < box[2] && !any; x++) any = ink[y * width + x];
            if (any) {
                if (blank >= 3) lines++;
                blank = 0;
            } else {
                blank++;
            }
        }
        return lines;
    }

    /** Where each glyph column of a one-line box starts: ink columns after a gap of blank columns. */
    static int[] glyphStarts(boolean[] ink, int width, int[] box) {
        java.util.List<Integer> starts = new java.util.ArrayList<>();
        boolean inGlyph = false;
        for (int x = box[0]; x < box[2]; x++) {
            boolean any = false;
            for (int y = box[1]; y < box[3] && !any; y++) any = ink[y * width + x];
            if (any && !inGlyph) starts.add(x);
            inGlyph = any;
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean solid(boolean[] ink, int width, int x, int y) {
        int neighbours = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && ink[(y + dy) * width + x + dx]) neighbours++;
            }
        }
        return neighbours >= 2;
    }
}
