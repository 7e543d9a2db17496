package dev.geoflight.analyzer.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where in space the time went: at most {@value #SIZE}×{@value #SIZE} cells over bounding-box
 * centres, adapting to the data's extent in bounded memory and one pass. Per axis the cells are
 * a power of two wide, the smallest power at which every centre falls into {@value #SIZE}
 * consecutive cells (so the data spans more than half of them), starting at the cell of the
 * smallest centre.
 *
 * <p>The grid is therefore a function of the set of centres alone, not of their order, and two
 * grids {@link #absorb merge} into exactly the grid of all their centres: each chunk of a
 * recording gets a grid of its own on the thread that reads it, and the file's grid is their sum.
 */
public final class RegionGrid {
    static final int SIZE = 16;
    /**
     * No cell is narrower than 2^-20 (about a millionth) of its coordinates' magnitude, or of 1:
     * one point, or points along a line, still get cells of a useful size.
     */
    private static final int FINEST_BELOW_MAGNITUDE = 20;
    /** Cells are at most {@code 2^4 = SIZE} times as long as they are wide, whatever the data's shape. */
    private static final int MAX_ASPECT_EXPONENT = 4;

    /** One cell with its bounds, calls and total time. */
    public record Cell(double minX, double minY, double maxX, double maxY, long count, long totalNanos) {
    }

    /** One axis: cells 2^exponent wide; cells first..last (indices counted from 0) hold data. */
    private static final class Axis {
        int exponent;
        /** 2^-exponent: multiplying by a power of two is exact, and cheaper than {@link Math#scalb}. */
        double perCell;
        long first;
        long last;
        /** No coordinate within the {@value #SIZE} cells from {@code first} needs coarser cells. */
        boolean fine;

        void place(int exponent, long first) {
            this.exponent = exponent;
            this.first = first;
            perCell = Math.scalb(1.0, -exponent);
            double magnitude = Math.max(1.0, Math.max(Math.abs(bound(first)), Math.abs(bound(first + SIZE))));
            fine = finest(magnitude) <= exponent;
        }

        long index(double v) {
            return (long) Math.floor(v * perCell);
        }

        double bound(long index) {
            return Math.scalb((double) index, exponent);
        }

        /**
         * The smallest exponent at which this axis and cells {@code first..last} at {@code
         * exponent} fit together in {@value #SIZE} cells.
         */
        int fit(int exponent, long first, long last) {
            int e = Math.max(this.exponent, exponent);
            while (Math.max(coarser(this.last, e - this.exponent), coarser(last, e - exponent))
                    - Math.min(coarser(this.first, e - this.exponent), coarser(first, e - exponent)) >= SIZE) {
                e++;
            }
            return e;
        }
    }

    private final Axis x = new Axis();
    private final Axis y = new Axis();
    /** Row-major, rows along y, relative to {@code x.first} and {@code y.first}; null while empty. */
    private long[] counts;
    private long[] nanos;

    public void add(double centreX, double centreY, long durationNanos) {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            return;
        }
        long col = 0;
        long row = 0;
        boolean inside = counts != null && x.fine && y.fine
                && (col = x.index(centreX) - x.first) >= 0 && col < SIZE
                && (row = y.index(centreY) - y.first) >= 0 && row < SIZE;
        if (!inside) {
            // Rare: the first point, a point outside the cells, or one that needs coarser cells.
            // A point is a one-cell grid at its finest exponent.
            int ex = finest(centreX);
            int ey = finest(centreY);
            long pointCol = (long) Math.floor(Math.scalb(centreX, -ex));
            long pointRow = (long) Math.floor(Math.scalb(centreY, -ey));
            if (counts == null) {
                start(ex, pointCol, pointCol, ey, pointRow, pointRow);
            } else {
                cover(ex, pointCol, pointCol, ey, pointRow, pointRow);
            }
            col = x.index(centreX) - x.first;
            row = y.index(centreY) - y.first;
        }
        x.last = Math.max(x.last, x.first + col);
        y.last = Math.max(y.last, y.first + row);
        int cell = (int) row * SIZE + (int) col;
        counts[cell]++;
        nanos[cell] += durationNanos;
    }

    /** Adds another grid's calls (which that grid keeps): the result is the grid of both grids' centres. */
    public void absorb(RegionGrid other) {
        if (other.counts == null) {
            return;
        }
        if (counts == null) {
            start(other.x.exponent, other.x.first, other.x.last, other.y.exponent, other.y.first, other.y.last);
        }
        cover(other.x.exponent, other.x.first, other.x.last, other.y.exponent, other.y.first, other.y.last);
        RegionGrid aligned = other.copy();
        aligned.moveTo(x.exponent, x.first, y.exponent, y.first);
        for (int i = 0; i < counts.length; i++) {
            counts[i] += aligned.counts[i];
            nanos[i] += aligned.nanos[i];
        }
        x.last = Math.max(x.last, aligned.x.last);
        y.last = Math.max(y.last, aligned.y.last);
    }

    /** Non-empty cells, most time first. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        if (counts == null) {
            return cells;
        }
        // Only here are cells kept from being needle-thin (points along a line): the grid itself
        // stays a function of its points, so that grids still merge exactly.
        RegionGrid shaped = copy();
        shaped.moveTo(Math.max(x.exponent, y.exponent - MAX_ASPECT_EXPONENT), Long.MIN_VALUE,
                Math.max(y.exponent, x.exponent - MAX_ASPECT_EXPONENT), Long.MIN_VALUE);
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                if (shaped.counts[i] > 0) {
                    long c = shaped.x.first + col;
                    long r = shaped.y.first + row;
                    cells.add(new Cell(shaped.x.bound(c), shaped.y.bound(r), shaped.x.bound(c + 1), shaped.y.bound(r + 1),
                            shaped.counts[i], shaped.nanos[i]));
                }
            }
        }
        cells.sort(Comparator.comparingLong(Cell::totalNanos).reversed().thenComparing(Comparator.comparingLong(Cell::count).reversed()));
        return cells;
    }

    /** The exponent of the finest cells a coordinate may fall into. */
    private static int finest(double v) {
        return Math.getExponent(Math.max(Math.abs(v), 1.0)) - FINEST_BELOW_MAGNITUDE;
    }

    /** A cell index at an exponent {@code levels} higher (floor division by 2^levels). */
    private static long coarser(long index, int levels) {
        return levels >= Long.SIZE - 1 ? (index < 0 ? -1 : 0) : index >> levels;
    }

    /** An empty grid over cells firstX..lastX and firstY..lastY at the given exponents. */
    private void start(int exponentX, long firstX, long lastX, int exponentY, long firstY, long lastY) {
        x.place(exponentX, firstX);
        x.last = lastX;
        y.place(exponentY, firstY);
        y.last = lastY;
        counts = new long[SIZE * SIZE];
        nanos = new long[SIZE * SIZE];
    }

    /** Coarsens and shifts the cells so that they also cover cells first..last at the given exponents. */
    private void cover(int exponentX, long firstX, long lastX, int exponentY, long firstY, long lastY) {
        int ex = x.fit(exponentX, firstX, lastX);
        int ey = y.fit(exponentY, firstY, lastY);
        moveTo(ex, Math.min(coarser(x.first, ex - x.exponent), coarser(firstX, ex - exponentX)),
                ey, Math.min(coarser(y.first, ey - y.exponent), coarser(firstY, ey - exponentY)));
    }

    /**
     * Re-bins the cells at coarser (or the same) exponents, starting at the given first cells
     * (Long.MIN_VALUE: at the first cell that holds data).
     */
    private void moveTo(int exponentX, long firstX, int exponentY, long firstY) {
        int levelsX = exponentX - x.exponent;
        int levelsY = exponentY - y.exponent;
        long newFirstX = firstX == Long.MIN_VALUE ? coarser(x.first, levelsX) : firstX;
        long newFirstY = firstY == Long.MIN_VALUE ? coarser(y.first, levelsY) : firstY;
        if (levelsX == 0 && levelsY == 0 && newFirstX == x.first && newFirstY == y.first) {
            return;
        }
        long[] newCounts = new long[SIZE * SIZE];
        long[] newNanos = new long[SIZE * SIZE];
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                if (counts[i] != 0) {
                    int newCol = (int) (coarser(x.first + col, levelsX) - newFirstX);
                    int newRow = (int) (coarser(y.first + row, levelsY) - newFirstY);
                    newCounts[newRow * SIZE + newCol] += counts[i];
                    newNanos[newRow * SIZE + newCol] += nanos[i];
                }
            }
        }
        counts = newCounts;
        nanos = newNanos;
        x.last = coarser(x.last, levelsX);
        y.last = coarser(y.last, levelsY);
        x.place(exponentX, newFirstX);
        y.place(exponentY, newFirstY);
    }

    private RegionGrid copy() {
        RegionGrid copy = new RegionGrid();
        copy.start(x.exponent, x.first, x.last, y.exponent, y.first, y.last);
        System.arraycopy(counts, 0, copy.counts, 0, counts.length);
        System.arraycopy(nanos, 0, copy.nanos, 0, nanos.length);
        return copy;
    }
}
