package dev.geoflight.analyzer.aggregate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where in space the time went: a {@value #SIZE}×{@value #SIZE} grid over bounding-box centres
 * that adapts to the data's extent without a second pass. The first points (16,384 by default) are
 * buffered to find the extent; after that a point outside the grid doubles the grid's extent
 * towards it (merging 2×2 cells), so memory stays bounded and every call is counted once.
 */
public final class RegionGrid {
    static final int SIZE = 16;
    /** Points buffered to find the extent: the more, the rarer a later doubling (which halves resolution). */
    static final int SAMPLE = 16_384;

    private final int sampleLimit;

    private double[] sampleX = new double[64];
    private double[] sampleY = new double[64];
    private long[] sampleNanos = new long[64];
    private int sampled;

    private boolean fixed;
    private double originX;
    private double originY;
    private double cellWidth;
    private double cellHeight;
    private long[] counts;
    private long[] nanos;

    public RegionGrid() {
        this(SAMPLE);
    }

    /** @param sampleLimit points buffered before the extent is fixed */
    public RegionGrid(int sampleLimit) {
        this.sampleLimit = sampleLimit;
    }

    /** One cell with its bounds, calls and total time. */
    public record Cell(double minX, double minY, double maxX, double maxY, long count, long totalNanos) {
    }

    public void add(double x, double y, long durationNanos) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (!fixed) {
            if (sampled == sampleX.length) {
                if (sampled >= sampleLimit) {
                    fix();
                    addToGrid(x, y, durationNanos, 1);
                    return;
                }
                sampleX = java.util.Arrays.copyOf(sampleX, sampled * 2);
                sampleY = java.util.Arrays.copyOf(sampleY, sampled * 2);
                sampleNanos = java.util.Arrays.copyOf(sampleNanos, sampled * 2);
            }
            sampleX[sampled] = x;
            sampleY[sampled] = y;
            sampleNanos[sampled] = durationNanos;
            sampled++;
            return;
        }
        addToGrid(x, y, durationNanos, 1);
    }

    /** Non-empty cells, most time first. */
    public List<Cell> cells() {
        if (!fixed && sampled > 0) {
            RegionGrid copy = new RegionGrid(sampleLimit);
            copy.sampleX = sampleX;
            copy.sampleY = sampleY;
            copy.sampleNanos = sampleNanos;
            copy.sampled = sampled;
            copy.fix();
            return copy.cells();
        }
        List<Cell> cells = new ArrayList<>();
        if (!fixed) {
            return cells;
        }
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                int i = row * SIZE + col;
                if (counts[i] > 0) {
                    cells.add(new Cell(originX + col * cellWidth, originY + row * cellHeight,
                            originX + (col + 1) * cellWidth, originY + (row + 1) * cellHeight, counts[i], nanos[i]));
                }
            }
        }
        cells.sort(Comparator.comparingLong(Cell::totalNanos).reversed().thenComparing(Comparator.comparingLong(Cell::count).reversed()));
        return cells;
    }

    private void fix() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sampled; i++) {
            minX = Math.min(minX, sampleX[i]);
            maxX = Math.max(maxX, sampleX[i]);
            minY = Math.min(minY, sampleY[i]);
            maxY = Math.max(maxY, sampleY[i]);
        }
        if (sampled == 0) {
            minX = maxX = minY = maxY = 0;
        }
        // A flat extent (points along a line, or one point) still gets cells of a useful shape:
        // each axis spans at least a cell of the other's, and never nothing.
        double width = extent(Math.max(maxX - minX, (maxY - minY) / SIZE), minX, maxX);
        double height = extent(Math.max(maxY - minY, (maxX - minX) / SIZE), minY, maxY);
        cellWidth = width / SIZE;
        cellHeight = height / SIZE;
        originX = minX - (width - (maxX - minX)) / 2;
        originY = minY - (height - (maxY - minY)) / 2;
        counts = new long[SIZE * SIZE];
        nanos = new long[SIZE * SIZE];
        fixed = true;
        for (int i = 0; i < sampled; i++) {
            addToGrid(sampleX[i], sampleY[i], sampleNanos[i], 1);
        }
        sampleX = sampleY = new double[0];
        sampleNanos = new long[0];
        sampled = 0;
    }

    /** Slightly larger than the data so that the maximum falls inside the last cell. */
    private static double extent(double span, double min, double max) {
        double scale = Math.max(Math.abs(min), Math.abs(max));
        double minimum = Math.max(scale * 1e-6, 1e-6);
        return Math.max(span, minimum) * (1 + 1e-6) + minimum;
    }

    private void addToGrid(double x, double y, long durationNanos, long calls) {
        while (x < originX) {
            grow(true, true);
        }
        while (x >= originX + SIZE * cellWidth) {
            grow(true, false);
        }
        while (y < originY) {
            grow(false, true);
        }
        while (y >= originY + SIZE * cellHeight) {
            grow(false, false);
        }
        int col = Math.min(SIZE - 1, (int) ((x - originX) / cellWidth));
        int row = Math.min(SIZE - 1, (int) ((y - originY) / cellHeight));
        counts[row * SIZE + col] += calls;
        nanos[row * SIZE + col] += durationNanos;
    }

    /** Doubles the extent along one axis towards lower or higher values; old cells merge pairwise. */
    private void grow(boolean alongX, boolean towardsLower) {
        long[] newCounts = new long[SIZE * SIZE];
        long[] newNanos = new long[SIZE * SIZE];
        int shift = towardsLower ? SIZE : 0;
        for (int row = 0; row < SIZE; row++) {
            for (int col = 0; col < SIZE; col++) {
                int newRow = alongX ? row : (row + shift) / 2;
                int newCol = alongX ? (col + shift) / 2 : col;
                newCounts[newRow * SIZE + newCol] += counts[row * SIZE + col];
                newNanos[newRow * SIZE + newCol] += nanos[row * SIZE + col];
            }
        }
        if (alongX) {
            if (towardsLower) {
                originX -= SIZE * cellWidth;
            }
            cellWidth *= 2;
        } else {
            if (towardsLower) {
                originY -= SIZE * cellHeight;
            }
            cellHeight *= 2;
        }
        counts = newCounts;
        nanos = newNanos;
    }
}
