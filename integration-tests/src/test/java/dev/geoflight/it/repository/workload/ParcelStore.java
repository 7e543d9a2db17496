package dev.geoflight.it.repository.workload;

import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An in-memory repository found by the {@code repositories} option (no annotation), with one method
 * per return type the agent counts. Parcel i is the unit square [i, i+1] x [0, 1], i = 0..4.
 */
public class ParcelStore {

    public static final int PARCELS = 5;

    private final List<Geometry> parcels = new ArrayList<>();
    private String label = "";

    public ParcelStore() {
        for (int i = 0; i < PARCELS; i++) {
            parcels.add(Shapes.rectangle(i, 0, i + 1, 1));
        }
    }

    /** A setter is wiring, not a query: no repository call. */
    public void setLabel(String label) {
        this.label = label;
    }

    public List<Geometry> intersecting(Geometry window) {
        return matching(window.getEnvelopeInternal());
    }

    /** A generic window parameter: its bound makes it a Geometry. */
    public <G extends Geometry> List<Geometry> covering(G window) {
        return matching(window.getEnvelopeInternal());
    }

    public Geometry[] inBox(Envelope box) {
        return matching(box).toArray(new Geometry[0]);
    }

    public Optional<Geometry> first(Envelope box) {
        return matching(box).stream().findFirst();
    }

    public Stream<Geometry> stream(Envelope box) {
        return matching(box).stream();
    }

    public Iterator<Geometry> iterator(Envelope box) {
        return matching(box).iterator();
    }

    public int count() {
        return parcels.size();
    }

    public Page<Geometry> page(Envelope box, int size) {
        List<Geometry> all = matching(box);
        return new PageImpl<>(all.subList(0, size), PageRequest.of(0, size), all.size());
    }

    public Slice<Geometry> slice(Envelope box, int size) {
        List<Geometry> all = matching(box);
        return new SliceImpl<>(all.subList(0, size), PageRequest.of(0, size), all.size() > size);
    }

    public List<Geometry> failing(Envelope box) {
        throw new IllegalStateException("parcel store offline");
    }

    /** JTS work inside the repository: it belongs to the repository's layer. */
    public void validate(int step) {
        Marker.step(step);
    }

    private List<Geometry> matching(Envelope box) {
        List<Geometry> found = new ArrayList<>();
        for (Geometry parcel : parcels) {
            if (parcel.getEnvelopeInternal().intersects(box)) {
                found.add(parcel);
            }
        }
        return found;
    }
}
