package org.disclosure.parser.internal.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.disclosure.parser.internal.extract.pdf.PdfRuling;

/**
 * The ruling lines of a scanned page: long straight runs of ink, horizontal and vertical. A run may be broken by
 * a few pixels of scanner noise and may wander a pixel or two up or down (what deskewing leaves); runs of
 * neighbouring pixel rows that overlap are one line. Lines come out in PDF points (top-left origin), like the
 * borders of a text PDF, so {@code RuledTable} cuts a scanned table into cells the same way.
 */
final class ImageRulings {

    /** A gap this short (pixels) inside a run is noise or a faint spot of the line, not its end. */
    private static final int GAP = 4;
    /** Rows of a line up to this far apart (pixels) are one line: its thickness plus what skew leaves. */
    private static final int THICKNESS = 6;

    private ImageRulings() {
    }

    /**
     * @param minLength the shortest line in pixels: longer than any stroke of a character, shorter than the
     *                  narrowest cell's edge
     * @param scale     pixels per PDF point
     */
    static List<PdfRuling> find(boolean[] ink, int width, int height, int minHorizontal, int minVertical, double scale) {
        List<PdfRuling> out = new ArrayList<>();
        out.addAll(lines(ink, width, height, true, minHorizontal, scale));
        out.addAll(lines(ink, width, height, false, minVertical, scale));
        return out;
    }

    private record Run(int at, int from, int to) {
    }

    private static List<PdfRuling> lines(boolean[] ink, int width, int height, boolean horizontal, int minLength, double scale) {
        int lanes = horizontal ? height : width;
        int length = horizontal ? width : height;
        List<Run> runs = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            int start = -1;
            int lastInk = -1;
            for (int i = 0; i <= length; i++) {
                // a pixel counts as ink when it or its neighbour across the lane is: a line a pixel off still runs on
                boolean dark = i < length && (inkAt(ink, width, horizontal, lane, i)
                        || lane + 1 < lanes && inkAt(ink, width, horizontal, lane + 1, i));
                if (dark) {
                    if (start < 0) start = i;
                    lastInk = i;
                } else if (start >= 0 && i - lastInk > GAP) {
                    if (lastInk - start + 1 >= minLength) runs.add(new Run(lane, start, lastInk + 1));
                    start = -1;
                }
            }
        }
        // merge runs of neighbouring lanes that overlap into one line
        List<int[]> merged = new ArrayList<>(); // {firstLane, lastLane, from, to, laneSum, count}
        for (Run run : runs) {
            int[] into = null;
            for (int m = merged.size() - 1; m >= 0; m--) {
                int[] line = merged.get(m);
                if (run.at() - line[1] > THICKNESS) break;
                if (run.from() < line[3] && run.to() > line[2]) {
                    into = line;
                    break;
                }
            }
            if (into == null) {
                merged.add(new int[] {run.at(), run.at(), run.from(), run.to(), run.at(), 1});
            } else {
                into[1] = run.at();
                into[2] = Math.min(into[2], run.from());
                into[3] = Math.max(into[3], run.to());
                into[4] += run.at();
                into[5]++;
                // keep the list ordered by last lane for the early exit above
                merged.remove(into);
                merged.add(into);
            }
        }
        List<PdfRuling> out = new ArrayList<>();
        for (int[] line : merged) {
            double position = (line[4] / (double) line[5] + 0.5) / scale;
            out.add(new PdfRuling(horizontal, (float) position, (float) (line[2] / scale), (float) (line[3] / scale)));
        }
        return out;
    }

    private static boolean inkAt(boolean[] ink, int width, boolean horizontal, int lane, int i) {
        return horizontal ? ink[lane * width + i] : ink[i * width + lane];
    }
}
