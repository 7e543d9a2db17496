package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.GeometrySource;
import dev.geoflight.agent.instrument.Hook;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.geometryArgument;
import static dev.geoflight.agent.jts.JtsTypes.instanceMethods;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

/**
 * {@code Geometry}'s public operations: predicates, relate, distance, overlay, union, buffer,
 * convex hull, validity and simplicity. Subclasses that override one (e.g. {@code Polygon.convexHull})
 * are instrumented too; the operation keeps the name of the API method, {@code Geometry.*}.
 */
public final class GeometryInstrumentation {

    private static final ElementMatcher.Junction<TypeDescription> GEOMETRY_TYPES = JtsTypes.type(
            JtsTypes.GEOMETRY,
            "org.locationtech.jts.geom.Point",
            "org.locationtech.jts.geom.LineString",
            "org.locationtech.jts.geom.LinearRing",
            "org.locationtech.jts.geom.Polygon",
            "org.locationtech.jts.geom.GeometryCollection",
            "org.locationtech.jts.geom.MultiPoint",
            "org.locationtech.jts.geom.MultiLineString",
            "org.locationtech.jts.geom.MultiPolygon");

    private GeometryInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                unary(instanceMethods("isValid", "isSimple").and(takesNoArguments()), OperationAdvice.Scalar.class),
                unary(instanceMethods("buffer", "convexHull").or(instanceMethods("union").and(takesNoArguments())),
                        OperationAdvice.Constructive.class),
                binary(instanceMethods("intersects", "contains", "within", "covers", "coveredBy", "crosses", "overlaps",
                        "touches", "disjoint", "equalsTopo", "relate", "distance", "isWithinDistance"), OperationAdvice.Scalar.class),
                binary(instanceMethods("intersection", "union", "difference", "symDifference").and(takesArguments(1)),
                        OperationAdvice.Constructive.class));
    }

    private static Hook unary(ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        return Hook.operation(GEOMETRY_TYPES, "Geometry", methods, GeometrySource.RECEIVER, GeometrySource.NONE, advice);
    }

    private static Hook binary(ElementMatcher.Junction<MethodDescription> methods, Class<?> advice) {
        return Hook.operation(GEOMETRY_TYPES, "Geometry", methods.and(geometryArgument(0)),
                GeometrySource.RECEIVER, GeometrySource.argument(0), advice);
    }
}
