package dev.geoflight.it.repository.springmap;

import org.locationtech.jts.geom.Polygon;
import org.springframework.data.annotation.Id;

/** A parcel kept in a Spring Data map repository. */
public class MapParcel {

    @Id
    private Long id;
    private String name;
    private Polygon shape;

    public MapParcel(Long id, String name, Polygon shape) {
        this.id = id;
        this.name = name;
        this.shape = shape;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Polygon getShape() {
        return shape;
    }
}
