package dev.geoflight.it.repository.spring;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

import java.util.ArrayList;
import java.util.List;

/**
 * A Spring Boot application with Spring Data JPA and Hibernate Spatial on PostGIS: saves six
 * parcels (parcel i is [i, i+1] x [0, 1], named p0..p5) and queries them through
 * {@link ParcelRepository}. Arguments: JDBC URL, user, password.
 */
@SpringBootApplication
public class SpringDataWorkload {

    public static final int PARCELS = 6;

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SpringDataWorkload.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + args[0], "spring.datasource.username=" + args[1],
                        "spring.datasource.password=" + args[2], "spring.jpa.hibernate.ddl-auto=create-drop",
                        "spring.jpa.open-in-view=false", "spring.main.banner-mode=off")
                .run()) {
            query(context.getBean(ParcelRepository.class));
            System.out.println("ledger " + context.getBean(ParcelLedger.class).countByNameStartingWith("p"));
        }
    }

    private static void query(ParcelRepository parcels) {
        GeometryFactory wgs84 = Shapes.factory(4326);
        List<ParcelEntity> all = new ArrayList<>();
        for (int i = 0; i < PARCELS; i++) {
            all.add(new ParcelEntity(i, "p" + i, Shapes.rectangle(wgs84, i, 0, i + 1, 1)));
        }
        System.out.println("saved " + parcels.saveAll(all).size());
        System.out.println("intersecting " + parcels.findByGeomIntersects(Shapes.rectangle(wgs84, 0.5, 0.2, 2.5, 0.8)).size());
        System.out.println("byName " + parcels.findByName("p2").isPresent());
        System.out.println("byName " + parcels.findByName("nope").isPresent());
        System.out.println("page " + parcels.findByNameStartingWithOrderById("p", PageRequest.of(0, 4)).getNumberOfElements());
        System.out.println("slice " + parcels.findSliceByNameStartingWithOrderById("p", PageRequest.of(1, 4)).getNumberOfElements());
        System.out.println("byId " + parcels.findById(3L).isPresent());
        System.out.println("count " + parcels.count());
        try (GeoFlight.Scope survey = GeoFlight.layer("survey")) {
            System.out.println("surveyed " + parcels.findByName("p1").isPresent());
        }
    }
}
