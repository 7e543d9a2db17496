package dev.geoflight.it.repository.spring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Polygon;

/** A parcel mapped by Hibernate Spatial: its JTS polygon is a PostGIS geometry column. */
@Entity
@Table(name = "geoflight_it_jpa_parcels")
public class ParcelEntity {

    @Id
    private Long id;

    private String name;

    @Column(columnDefinition = "geometry(Polygon, 4326)", nullable = false)
    private Polygon geom;

    protected ParcelEntity() {
    }

    public ParcelEntity(long id, String name, Polygon geom) {
        this.id = id;
        this.name = name;
        this.geom = geom;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Polygon getGeom() {
        return geom;
    }
}
