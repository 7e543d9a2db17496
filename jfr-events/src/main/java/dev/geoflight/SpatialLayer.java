package dev.geoflight;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Spatial work done inside the annotated method (or any method of the annotated class) belongs to
 * this layer, exactly as if the method body ran inside {@code GeoFlight.layer(value)}.
 * Read by the GeoFlight agent; without the agent it has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SpatialLayer {
    String value();
}
