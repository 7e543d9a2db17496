package dev.geoflight.agent.instrument;

import dev.geoflight.agent.runtime.OperationKind;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Methods of some types that share one exit advice. Each matched method is the operation
 * {@code surface + "." + methodName}, e.g. {@code Geometry.intersects}, whatever subclass declares it.
 *
 * @param subject   what the per-call event names besides the operation: index type or I/O format
 * @param direction I/O's {@code read} or {@code write}; empty otherwise
 * @param enterAdvice usually {@link CallEnterAdvice}; a hook that must look at its input before
 *                    the call replaces it with one that also calls {@code Calls.enter}
 * @param inputField  for methods of operation objects: the private field holding their input
 *                    geometry, bound to {@link InputField}; null otherwise
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
        String inputField) {

    public Hook(ElementMatcher<? super TypeDescription> types, ElementMatcher<? super MethodDescription> methods,
                String surface, OperationKind kind, String subject, String direction, Class<?> enterAdvice, Class<?> exitAdvice) {
        this(types, methods, surface, kind, subject, direction, enterAdvice, exitAdvice, null);
    }

    public static Hook operation(ElementMatcher<? super TypeDescription> types, String surface,
                                 ElementMatcher<? super MethodDescription> methods, Class<?> exitAdvice) {
        return new Hook(types, methods, surface, OperationKind.OPERATION, "", "", CallEnterAdvice.class, exitAdvice);
    }

    public static Hook of(ElementMatcher<? super TypeDescription> types, String surface, OperationKind kind, String subject,
                          String direction, ElementMatcher<? super MethodDescription> methods, Class<?> exitAdvice) {
        return new Hook(types, methods, surface, kind, subject, direction, CallEnterAdvice.class, exitAdvice);
    }
}
