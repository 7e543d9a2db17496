package dev.geoflight.demo;

import org.locationtech.jts.geom.Envelope;

/**
 * The fixed street grid of the synthetic city, in metres of ETRS89 / UTM zone 33N (EPSG:25833) so
 * that bounding boxes in a recording look like a real projected data set.
 *
 * <p>The city is {@value #BLOCKS} x {@value #BLOCKS} blocks of {@value #BLOCK_SIZE} m. Street
 * centre lines run along block boundaries; a block's buildable interior is inset by half a street
 * width. A square of {@value #DOWNTOWN_BLOCKS} x {@value #DOWNTOWN_BLOCKS} blocks in the middle is
 * downtown: finer, wigglier parcels there make that area deliberately expensive.
 */
public final class CityLayout {
    public static final int SRID = 25833;
    public static final double ORIGIN_X = 385_000;
    public static final double ORIGIN_Y = 5_815_000;
    public static final int BLOCKS = 50;
    public static final double BLOCK_SIZE = 120;
    public static final double STREET_WIDTH = 12;
    public static final int DOWNTOWN_BLOCKS = 10;
    /** Districts are squares of this many blocks: the unit of the dissolve task. */
    public static final int DISTRICT_BLOCKS = 5;
    public static final int DISTRICTS = BLOCKS / DISTRICT_BLOCKS;

    private static final int DOWNTOWN_FIRST = (BLOCKS - DOWNTOWN_BLOCKS) / 2;

    private CityLayout() {
    }

    public static double size() {
        return BLOCKS * BLOCK_SIZE;
    }

    public static Envelope extent() {
        return new Envelope(ORIGIN_X, ORIGIN_X + size(), ORIGIN_Y, ORIGIN_Y + size());
    }

    public static Envelope downtown() {
        double min = DOWNTOWN_FIRST * BLOCK_SIZE;
        double max = (DOWNTOWN_FIRST + DOWNTOWN_BLOCKS) * BLOCK_SIZE;
        return new Envelope(ORIGIN_X + min, ORIGIN_X + max, ORIGIN_Y + min, ORIGIN_Y + max);
    }

    public static boolean isDowntown(int col, int row) {
        return inDowntownRange(col) && inDowntownRange(row);
    }

    private static boolean inDowntownRange(int index) {
        return index >= DOWNTOWN_FIRST && index < DOWNTOWN_FIRST + DOWNTOWN_BLOCKS;
    }

    /** The buildable interior of a block: its cell less half a street on every side. */
    public static Envelope blockInterior(int col, int row) {
        double inset = STREET_WIDTH / 2;
        double x = ORIGIN_X + col * BLOCK_SIZE;
        double y = ORIGIN_Y + row * BLOCK_SIZE;
        return new Envelope(x + inset, x + BLOCK_SIZE - inset, y + inset, y + BLOCK_SIZE - inset);
    }

    public static Envelope districtEnvelope(int col, int row) {
        double span = DISTRICT_BLOCKS * BLOCK_SIZE;
        return new Envelope(ORIGIN_X + col * span, ORIGIN_X + (col + 1) * span,
                ORIGIN_Y + row * span, ORIGIN_Y + (row + 1) * span);
    }
}
