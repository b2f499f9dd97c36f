package org.disclosure.parser.internal.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table drawn with borders on one PDF page, and the geometry that decides its cells. The distinct
 * heights of its horizontal borders cut it into grid rows, the distinct positions of its vertical
 * borders into grid columns. A cell is the area closed by the nearest borders that actually run past
 * a point: where a border is missing between two grid slots, the slots belong to one merged cell.
 */
public final class RuledTable {

    /** Borders closer than this are one border drawn twice (adjacent cells each drawing their edge). */
    private static final float SAME_EDGE = 1.5f;

    /** A cell: its top-left grid slot and how many rows and columns it spans. */
    public record Cell(int row, int column, int rowSpan, int columnSpan) {
    }

    private final float[] rowEdges;
    private final float[] columnEdges;
    private final List<List<PdfRuling>> horizontalsAt;
    private final List<List<PdfRuling>> verticalsAt;

    private RuledTable(List<PdfRuling> rulings) {
        this.rowEdges = edges(rulings, true);
        this.columnEdges = edges(rulings, false);
        this.horizontalsAt = byEdge(rulings, true, rowEdges);
        this.verticalsAt = byEdge(rulings, false, columnEdges);
    }

    /**
     * Beyond this many line segments a page is a drawing (a map, a chart, hatching), not a table; grouping
     * is quadratic in the segments, so such a page is read as lines of text.
     */
    private static final int MOST_RULINGS = 4000;

    /** The tables among a page's rulings: groups of crossing borders with at least one closed cell. */
    public static List<RuledTable> find(List<PdfRuling> rulings) {
        if (rulings.size() > MOST_RULINGS) return List.of();
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rulings.get(i).crosses(rulings.get(j))) union(parent, i, j);
            }
        }
        List<List<PdfRuling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = root(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rulings.get(i));
        }
        List<RuledTable> tables = new ArrayList<>();
        for (List<PdfRuling> group : groups) {
            RuledTable table = new RuledTable(group);
            if (table.rowCount() >= 1 && table.columnCount() >= 1) tables.add(table);
        }
        tables.sort((a, b) -> Float.compare(a.top(), b.top()));
        return tables;
    }

    public float top() {
        return rowEdges[0];
    }

    public int rowCount() {
        return rowEdges.length - 1;
    }

    public int columnCount() {
        return columnEdges.length - 1;
    }

    /** The height of the i-th row border (0 the top edge, {@link #rowCount()} the bottom). */
    public float rowEdge(int i) {
        return rowEdges[i];
    }

    /** The position of the i-th column border (0 the left edge, {@link #columnCount()} the right). */
    public float columnEdge(int i) {
        return columnEdges[i];
    }

    boolean contains(float x, float y) {
        return rowCount() >= 1 && columnCount() >= 1
                && y > rowEdges[0] && y < rowEdges[rowEdges.length - 1]
                && x > columnEdges[0] && x < columnEdges[columnEdges.length - 1];
    }

    /** The cell covering a grid slot. */
    public Cell cellAtSlot(int row, int column) {
        return cellAt((columnEdges[column] + columnEdges[column + 1]) / 2, (rowEdges[row] + rowEdges[row + 1]) / 2);
    }

    /** The cell a point falls in, or null outside the table. */
    Cell cellAt(float x, float y) {
        int row = band(rowEdges, y);
        int column = band(columnEdges, x);
        if (row < 0 || column < 0) return null;
        int top = row;
        while (top > 0 && !runsPast(horizontalsAt.get(top), x)) top--;
        int bottom = row + 1;
        while (bottom < rowEdges.length - 1 && !runsPast(horizontalsAt.get(bottom), x)) bottom++;
        int left = column;
        while (left > 0 && !runsPast(verticalsAt.get(left), y)) left--;
        int right = column + 1;
        while (right < columnEdges.length - 1 && !runsPast(verticalsAt.get(right), y)) right++;
        return new Cell(top, left, bottom - top, right - left);
    }

    private static boolean runsPast(List<PdfRuling> borders, float along) {
        for (PdfRuling border : borders) {
            if (border.covers(along)) return true;
        }
        return false;
    }

    private static int band(float[] edges, float position) {
        for (int i = 0; i + 1 < edges.length; i++) {
            if (position >= edges[i] && position < edges[i + 1]) return i;
        }
        return -1;
    }

    private static float[] edges(List<PdfRuling> rulings, boolean horizontal) {
        List<Float> positions = new ArrayList<>();
        for (PdfRuling ruling : rulings) {
            if (ruling.horizontal() == horizontal) positions.add(ruling.position());
        }
        positions.sort(null);
        List<Float> distinct = new ArrayList<>();
        for (float p : positions) {
            if (distinct.isEmpty() || p - distinct.getLast() > SAME_EDGE) distinct.add(p);
        }
        float[] out = new float[distinct.size()];
        for (int i = 0; i < out.length; i++) out[i] = distinct.get(i);
        return out;
    }

    private static List<List<PdfRuling>> byEdge(List<PdfRuling> rulings, boolean horizontal, float[] edges) {
        List<List<PdfRuling>> at = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) at.add(new ArrayList<>());
        for (PdfRuling ruling : rulings) {
            if (ruling.horizontal() != horizontal) continue;
            int nearest = 0;
            for (int i = 1; i < edges.length; i++) {
                if (Math.abs(edges[i] - ruling.position()) < Math.abs(edges[nearest] - ruling.position())) nearest = i;
            }
            at.get(nearest).add(ruling);
        }
        return at;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[root(parent, a)] = root(parent, b);
    }
}
