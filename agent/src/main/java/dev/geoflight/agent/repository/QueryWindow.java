package dev.geoflight.agent.repository;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the advice parameter that receives the method's first Geometry or Envelope parameter, or
 * null when it declares none: which parameter is decided once, when the method is instrumented.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface QueryWindow {
}
