package dev.geoflight;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose public methods are spatial repository calls: each call becomes a
 * {@code geoflight.RepositoryQuery} event, and JTS work done inside it belongs to {@link #layer()}.
 * Read by the GeoFlight agent; without the agent it has no effect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SpatialRepository {
    /** The layer of this repository's data; empty means no layer of its own. */
    String layer() default "";
}
