package dev.geoflight.agent.instrument;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the exit-advice parameter that receives the geometry an operation is about (the source of
 * its envelope): where it comes from is the hook's {@link GeometrySource}, read-only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Input {
}
