package dev.geoflight.it.repository.springmap;

import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.map.repository.config.EnableMapRepositories;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Spring Data without a database: a map repository with derived queries, CRUD methods and a
 * custom spatial fragment. Parcel i is the unit square [i, i+1] x [0, 1], named m0..m4.
 */
@Configuration
@EnableMapRepositories
public class MapRepositoryWorkload {

    public static final int PARCELS = 5;

    public static void main(String[] args) {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(MapRepositoryWorkload.class)) {
            MapParcelRepository parcels = context.getBean(MapParcelRepository.class);
            List<MapParcel> all = new ArrayList<>();
            for (long i = 0; i < PARCELS; i++) {
                all.add(new MapParcel(i, "m" + i, Shapes.rectangle(i, 0, i + 1, 1)));
            }
            parcels.saveAll(all);
            System.out.println("window " + parcels.findInWindow(new Envelope(0.5, 2.5, 0.2, 0.8)).size());
            try (Stream<MapParcel> stream = parcels.streamInWindow(new Envelope(-1, 10, -1, 10))) {
                System.out.println("stream " + stream.count());
            }
            System.out.println("byName " + parcels.findByName("m3").size());
            System.out.println("page " + parcels.findByNameStartingWith("m", PageRequest.of(1, 3)).getNumberOfElements());
            System.out.println("byId " + parcels.findById(9L).isPresent());
            System.out.println("count " + parcels.count());
        }
    }
}
