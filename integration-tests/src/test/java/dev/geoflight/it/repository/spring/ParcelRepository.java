package dev.geoflight.it.repository.spring;

import dev.geoflight.SpatialRepository;
import org.locationtech.jts.geom.Geometry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

/** A Spring Data JPA repository interface: GeoFlight sees its calls through Spring Data's proxy. */
@SpatialRepository(layer = "parcels")
public interface ParcelRepository extends JpaRepository<ParcelEntity, Long> {

    @Query("select p from ParcelEntity p where st_intersects(p.geom, :window) = true order by p.id")
    List<ParcelEntity> findByGeomIntersects(@Param("window") Geometry window);

    Optional<ParcelEntity> findByName(String name);

    Page<ParcelEntity> findByNameStartingWithOrderById(String prefix, Pageable pageable);

    Slice<ParcelEntity> findSliceByNameStartingWithOrderById(String prefix, Pageable pageable);
}
