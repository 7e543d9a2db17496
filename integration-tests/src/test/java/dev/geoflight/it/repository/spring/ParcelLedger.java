package dev.geoflight.it.repository.spring;

import org.springframework.data.repository.Repository;

/** A Spring Data repository interface with no annotation: its layer comes from the layers option. */
public interface ParcelLedger extends Repository<ParcelEntity, Long> {

    long countByNameStartingWith(String prefix);
}
