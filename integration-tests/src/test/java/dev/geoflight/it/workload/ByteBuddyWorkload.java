package dev.geoflight.it.workload;

import dev.geoflight.GeoFlight;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.implementation.FixedValue;
import org.locationtech.jts.geom.Geometry;

import java.nio.file.Path;

import static net.bytebuddy.matcher.ElementMatchers.named;

/** An application with its own ByteBuddy, which it uses to define a class, and 7 JTS calls. */
public final class ByteBuddyWorkload {

    public static final int CALLS = 7;

    private ByteBuddyWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Class<?> generated = new ByteBuddy().subclass(Object.class)
                .name("dev.geoflight.it.generated.Greeter")
                .method(named("toString")).intercept(FixedValue.value("hello from the application's ByteBuddy"))
                .make().load(ByteBuddyWorkload.class.getClassLoader()).getLoaded();
        System.out.println(generated.getConstructor().newInstance());
        System.out.println("bytebuddy=" + Path.of(ByteBuddy.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName());
        Geometry area = Shapes.rectangle(0, 0, 10, 10);
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("app")) {
            for (int i = 0; i < CALLS; i++) {
                hits += area.intersects(Shapes.point(i * 2, 5)) ? 1 : 0;
            }
        }
        System.out.println("hits=" + hits);
    }
}
