package dev.geoflight.it.repository.springmap;

import dev.geoflight.SpatialRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.keyvalue.repository.KeyValueRepository;

import java.util.List;

/** A Spring Data repository interface over an in-memory map, with a spatial fragment. */
@SpatialRepository(layer = "lots")
public interface MapParcelRepository extends KeyValueRepository<MapParcel, Long>, WindowQueries {

    List<MapParcel> findByName(String name);

    Page<MapParcel> findByNameStartingWith(String prefix, Pageable pageable);
}
