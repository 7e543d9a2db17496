package dev.geoflight.demo;

import dev.geoflight.GeoFlight;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * Serialisation as a service does it at its edges: parcels as WKT, buildings as WKB (with SRID, as
 * PostGIS exchanges them), roads as GeoJSON, each written and read back in its own layer. Readers
 * and writers are made per run because the WKB and GeoJSON ones are not thread-safe.
 */
final class FormatRoundTripTask implements WorkloadTask {

    @Override
    public String name() {
        return "io-round-trip";
    }

    @Override
    public String layer() {
        return "mixed";
    }

    @Override
    public long run(City city, SplittableRandom random) {
        try {
            try (GeoFlight.Scope scope = GeoFlight.layer(Layers.PARCELS)) {
                Geometry parcel = Picks.any(city.parcels(), random);
                check(parcel, new WKTReader(city.factory()).read(new WKTWriter().write(parcel)));
            }
            try (GeoFlight.Scope scope = GeoFlight.layer(Layers.BUILDINGS)) {
                Geometry building = Picks.any(city.buildings(), random);
                byte[] wkb = new WKBWriter(2, true).write(building);
                check(building, new WKBReader(city.factory()).read(wkb));
            }
            try (GeoFlight.Scope scope = GeoFlight.layer(Layers.ROADS)) {
                Geometry road = Picks.any(city.roads(), random);
                check(road, new GeoJsonReader(city.factory()).read(new GeoJsonWriter().write(road)));
            }
            return 6;
        } catch (ParseException e) {
            throw new IllegalStateException("a geometry the demo wrote could not be read back", e);
        }
    }

    /** A round trip that loses vertices is a bug in the demo (or the library), never noise to ignore. */
    private static void check(Geometry written, Geometry read) {
        if (read.getNumPoints() != written.getNumPoints()) {
            throw new IllegalStateException("round trip changed " + written.getGeometryType() + " from "
                    + written.getNumPoints() + " to " + read.getNumPoints() + " vertices");
        }
    }
}
