package dev.geoflight.it.repository.workload;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.Iterator;

/**
 * Every kind of repository and every counted return type, in a known order, plus the layer cases:
 * step k (see {@link Marker}) is the JTS call whose layer {@link #EXPECTED_LAYERS}[k] names.
 * Run with {@code repositories=dev.geoflight.it.repository.workload.*Store} and
 * {@code layers=dev.geoflight.it.repository.workload.ParcelStore=parcels;dev.geoflight.it.repository.workload.MappedHelper=helpers}.
 */
public final class RepositoryWorkload {

    public static final String[] EXPECTED_LAYERS = {
            null,
            "parcels",   // 1: inside a repository mapped by the layers option
            "roads",     // 2: a helper class called by an annotated repository
            "override",  // 3: a scope opened inside the repository call
            "roads",     // 4: a mapped class inside a repository: the repository wins
            "parcels",   // 5: a repository inside a repository: the inner one's layer
            "city",      // 6: a repository called inside a scope: the scope wins
            "",          // 7: after every repository call returned
            "helpers",   // 8: the mapped class on its own
    };

    private static final Envelope EVERYTHING = new Envelope(-1, 100, -1, 100);

    private RepositoryWorkload() {
    }

    public static void main(String[] args) {
        ParcelStore parcels = new ParcelStore();
        RoadRepository roads = new RoadRepository(parcels);
        BuildingDao buildings = new BuildingDao();
        parcels.setLabel("cadastre");

        System.out.println("intersecting " + parcels.intersecting(Shapes.rectangle(0.5, 0.5, 2.5, 0.7)).size());
        System.out.println("covering " + parcels.covering(Shapes.point(4.5, 0.5)).size());
        System.out.println("inBox " + parcels.inBox(new Envelope(3.5, 4.5, 0, 1)).length);
        System.out.println("first " + parcels.first(new Envelope(10, 11, 0, 1)).isPresent());
        System.out.println("first " + parcels.first(new Envelope(0, 0.5, 0, 1)).isPresent());
        // the caller still reads all of what it got: the agent consumed nothing
        System.out.println("stream " + parcels.stream(EVERYTHING).count());
        Iterator<Geometry> iterator = parcels.iterator(EVERYTHING);
        int read = 0;
        while (iterator.hasNext()) {
            iterator.next();
            read++;
        }
        System.out.println("iterator " + read);
        System.out.println("count " + parcels.count());
        System.out.println("page " + parcels.page(EVERYTHING, 2).getContent().size());
        System.out.println("slice " + parcels.slice(EVERYTHING, 3).getContent().size());
        try {
            parcels.failing(EVERYTHING);
            throw new AssertionError("failing() returned");
        } catch (IllegalStateException expected) {
            System.out.println("failing " + expected.getMessage());
        }
        parcels.validate(1);
        roads.near(Shapes.point(7, 7), 2);
        roads.scoped(3);
        roads.viaMapped(4);
        roads.nested(5);
        try (GeoFlight.Scope city = GeoFlight.layer("city")) {
            roads.check(6);
        }
        Marker.step(7);
        System.out.println("within " + buildings.within(Shapes.rectangle(0, 0, 10, 10)).size());
        MappedHelper.check(8);
    }
}
