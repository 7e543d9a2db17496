package dev.geoflight.agent.jts;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;

/** Matchers shared by the JTS instrumentations. Types are matched by name: JTS is never loaded by the agent. */
final class JtsTypes {

    static final String GEOMETRY = "org.locationtech.jts.geom.Geometry";

    private JtsTypes() {
    }

    static ElementMatcher.Junction<TypeDescription> type(String... names) {
        return namedOneOf(names);
    }

    /** Public, non-abstract instance methods with one of these names. */
    static ElementMatcher.Junction<MethodDescription> instanceMethods(String... names) {
        return namedOneOf(names).and(isPublic()).and(not(isAbstract())).and(not(isStatic()));
    }

    /** Public static methods with one of these names. */
    static ElementMatcher.Junction<MethodDescription> staticMethods(String... names) {
        return namedOneOf(names).and(isPublic()).and(isStatic());
    }

    static ElementMatcher.Junction<MethodDescription> geometryArgument(int index) {
        return takesArgument(index, named(GEOMETRY));
    }

    static ElementMatcher.Junction<MethodDescription> argument(int index, String typeName) {
        return takesArgument(index, named(typeName));
    }
}
