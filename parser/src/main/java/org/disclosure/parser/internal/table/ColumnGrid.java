package org.disclosure.parser.internal.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.disclosure.parser.internal.text.Token;

/**
 * The character positions of a space-aligned table's value columns, learnt from its complete rows.
 * In {@code pdftotext -layout} text a blank cell leaves nothing but spaces, so a row with fewer cells
 * than columns is placed by where its numbers stand: numbers are right-aligned, so their right edges
 * line up with those of the complete rows.
 */
final class ColumnGrid {

    private static final int MIN_COMPLETE_ROWS = 2;

    private final int[] rightEdges;

    private ColumnGrid(int[] rightEdges) {
        this.rightEdges = rightEdges;
    }

    /** The grid of rows with {@code columns} cells, or null when too few complete rows show it. */
    static ColumnGrid learn(List<TableRow> rows, int columns) {
        List<int[]> edges = new ArrayList<>();
        for (TableRow row : rows) {
            if (row.alignedBySpaces() && row.cells().size() == columns && row.spec().columns().size() == columns) {
                edges.add(rightEdgesOf(row.cells()));
            }
        }
        if (edges.size() < MIN_COMPLETE_ROWS) return null;
        int[] median = new int[columns];
        for (int c = 0; c < columns; c++) {
            int[] column = new int[edges.size()];
            for (int r = 0; r < edges.size(); r++) column[r] = edges.get(r)[c];
            Arrays.sort(column);
            median[c] = column[column.length / 2];
        }
        for (int c = 1; c < columns; c++) {
            if (median[c] <= median[c - 1]) return null;
        }
        return new ColumnGrid(median);
    }

    /**
     * The grid of a headerless row's columns from the headers printed above it, one per column: a
     * header's right edge is where a right-aligned number under it ends, and a centred one stands
     * within the tolerance of half the distance to the next column. Null when the headers do not stand
     * left to right.
     */
    static ColumnGrid fromHeads(List<Token> heads) {
        int[] edges = new int[heads.size()];
        for (int c = 0; c < edges.length; c++) {
            Token head = heads.get(c);
            edges[c] = head.column() + head.raw().length();
            if (c > 0 && edges[c] <= edges[c - 1]) return null;
        }
        return new ColumnGrid(edges);
    }

    /**
     * The row's cells placed in their columns (null where the layout shows a blank), or null when a
     * cell stands too far from every column or two cells would share one.
     */
    List<Token> place(List<Token> cells) {
        Token[] placed = new Token[rightEdges.length];
        int previous = -1;
        for (Token cell : cells) {
            int edge = cell.column() + cell.raw().length();
            int column = nearestColumn(edge);
            if (column <= previous || Math.abs(rightEdges[column] - edge) > tolerance(column)) return null;
            placed[column] = cell;
            previous = column;
        }
        return Arrays.asList(placed);
    }

    private int nearestColumn(int edge) {
        int best = 0;
        for (int c = 1; c < rightEdges.length; c++) {
            if (Math.abs(rightEdges[c] - edge) < Math.abs(rightEdges[best] - edge)) best = c;
        }
        return best;
    }

    /** Half the distance to the nearer neighbouring column: beyond that a cell could belong to either. */
    private int tolerance(int column) {
        int gap = Integer.MAX_VALUE;
        if (column > 0) gap = Math.min(gap, rightEdges[column] - rightEdges[column - 1]);
        if (column + 1 < rightEdges.length) gap = Math.min(gap, rightEdges[column + 1] - rightEdges[column]);
        return gap == Integer.MAX_VALUE ? 0 : (gap - 1) / 2;
    }

    private static int[] rightEdgesOf(List<Token> cells) {
        int[] edges = new int[cells.size()];
        for (int i = 0; i < cells.size(); i++) edges[i] = cells.get(i).column() + cells.get(i).raw().length();
        return edges;
    }
}
