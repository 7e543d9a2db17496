package dev.geoflight.agent.instrument;

import dev.geoflight.agent.runtime.OperationKind;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Methods of some types that share one exit advice. Each matched method is the operation
 * {@code surface + "." + methodName}, e.g. {@code Geometry.intersects}, whatever subclass declares it.
 *
 * @param subject     what the per-call event names besides the operation: index type or I/O format
 * @param direction   I/O's {@code read} or {@code write}; empty otherwise
 * @param enterAdvice usually {@link CallEnterAdvice}; a hook that must look at its input before
 *                    the call replaces it with one that also calls {@code Calls.enter}
 * @param input       what the exit advice's {@link Input} parameter reads
 * @param other       what the exit advice's {@link Other} parameter reads
 */
public record Hook(
        ElementMatcher<? super TypeDescription> types,
        ElementMatcher<? super MethodDescription> methods,
        String surface,
        OperationKind kind,
        String subject,
        String direction,
        Class<?> enterAdvice,
        Class<?> exitAdvice,
        GeometrySource input,
        GeometrySource other) {

    /** A JTS operation whose exit advice reads its geometries through {@link Input} and {@link Other}. */
    public static Hook operation(ElementMatcher<? super TypeDescription> types, String surface,
                                 ElementMatcher<? super MethodDescription> methods,
                                 GeometrySource input, GeometrySource other, Class<?> exitAdvice) {
        return new Hook(types, methods, surface, OperationKind.OPERATION, "", "", CallEnterAdvice.class, exitAdvice, input, other);
    }

    /** A hook whose exit advice binds what it needs with ByteBuddy's own annotations. */
    public static Hook of(ElementMatcher<? super TypeDescription> types, String surface, OperationKind kind, String subject,
                          String direction, ElementMatcher<? super MethodDescription> methods,
                          Class<?> enterAdvice, Class<?> exitAdvice) {
        return new Hook(types, methods, surface, kind, subject, direction, enterAdvice, exitAdvice,
                GeometrySource.NONE, GeometrySource.NONE);
    }
}
