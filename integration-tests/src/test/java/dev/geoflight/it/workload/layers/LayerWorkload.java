package dev.geoflight.it.workload.layers;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;

/**
 * Step k calls {@code isValid} on a point at x = k, so the event of step k is the one whose box
 * starts at k; {@link #EXPECTED} is the layer each step must be attributed to.
 */
public final class LayerWorkload {

    /** Expected layer by step number (index); index 0 is unused. */
    public static final String[] EXPECTED = {
            null,
            "",          // 1: no layer anywhere
            "parcels",   // 2: a scope
            "city",      // 3: an outer scope
            "roads",     // 4: the inner scope wins
            "city",      // 5: the inner scope closed: the outer one is back
            "",          // 6: both closed
            "rivers",    // 7: @SpatialLayer on a method
            "",          // 8: after that method returned
            "buildings", // 9: @SpatialLayer on the class
            "roofs",     // 10: the method's own @SpatialLayer beats its class's
            "districts", // 11: the layers option maps the calling class
            "parcels",   // 12: a scope inside a mapped class beats the mapping
            "rivers",    // 13: an annotated method called inside a scope: the innermost wins
            "city",      // 14: a mapped class called inside a scope: the scope wins
            "",          // 15: after an annotated method ended by an exception
    };

    private LayerWorkload() {
    }

    public static void main(String[] args) {
        step(1);
        try (GeoFlight.Scope parcels = GeoFlight.layer("parcels")) {
            step(2);
        }
        try (GeoFlight.Scope city = GeoFlight.layer("city")) {
            step(3);
            try (GeoFlight.Scope roads = GeoFlight.layer("roads")) {
                step(4);
            }
            step(5);
        }
        step(6);
        AnnotatedMethods.rivers(7);
        step(8);
        new AnnotatedClass().inherited(9);
        new AnnotatedClass().own(10);
        MappedCaller.work(11);
        MappedCaller.workInScope(12, "parcels");
        try (GeoFlight.Scope city = GeoFlight.layer("city")) {
            AnnotatedMethods.rivers(13);
            MappedCaller.work(14);
        }
        try {
            AnnotatedMethods.failing();
        } catch (IllegalStateException expected) {
            System.out.println("caught " + expected.getMessage());
        }
        step(15);
    }

    static void step(int k) {
        System.out.println("step " + k + " valid=" + Shapes.point(k, 0).isValid());
    }
}
