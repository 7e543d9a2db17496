package dev.geoflight.demo;

/** The layer names the demo reports under; the analyzer groups hotspots by them. */
public final class Layers {
    public static final String PARCELS = "parcels";
    public static final String ROADS = "roads";
    public static final String BUILDINGS = "buildings";
    public static final String RIVERS = "rivers";
    public static final String DISTRICTS = "districts";

    private Layers() {
    }
}
