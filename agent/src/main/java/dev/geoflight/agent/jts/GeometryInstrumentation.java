package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

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
                Hook.operation(GEOMETRY_TYPES, "Geometry",
                        instanceMethods("isValid", "isSimple").and(takesNoArguments()), Unary.class),
                Hook.operation(GEOMETRY_TYPES, "Geometry",
                        instanceMethods("buffer", "convexHull")
                                .or(instanceMethods("union").and(takesNoArguments())), UnaryConstructive.class),
                Hook.operation(GEOMETRY_TYPES, "Geometry",
                        instanceMethods("intersects", "contains", "within", "covers", "coveredBy", "crosses",
                                "overlaps", "touches", "disjoint", "equalsTopo", "relate", "distance", "isWithinDistance")
                                .and(geometryArgument(0)), Binary.class),
                Hook.operation(GEOMETRY_TYPES, "Geometry",
                        instanceMethods("intersection", "union", "difference", "symDifference")
                                .and(takesArguments(1)).and(geometryArgument(0)), BinaryConstructive.class));
    }

    static final class Unary {
        private Unary() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Geometry self) {
            if (Calls.exit(state)) {
                Envelope box = self.getEnvelopeInternal();
                Calls.operation(state, self.getGeometryType(), "", self.getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), self.getSRID(), -1);
            }
        }
    }

    static final class UnaryConstructive {
        private UnaryConstructive() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Geometry self, @Advice.Return Geometry result) {
            if (Calls.exit(state)) {
                Envelope box = self.getEnvelopeInternal();
                Calls.operation(state, self.getGeometryType(), "", self.getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), self.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }

    static final class Binary {
        private Binary() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Geometry self, @Advice.Argument(0) Geometry other) {
            if (Calls.exit(state)) {
                Envelope box = self.getEnvelopeInternal();
                Calls.operation(state, self.getGeometryType(), other == null ? "" : other.getGeometryType(),
                        self.getNumPoints() + (other == null ? 0 : other.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), self.getSRID(), -1);
            }
        }
    }

    static final class BinaryConstructive {
        private BinaryConstructive() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.This Geometry self, @Advice.Argument(0) Geometry other,
                         @Advice.Return Geometry result) {
            if (Calls.exit(state)) {
                Envelope box = self.getEnvelopeInternal();
                Calls.operation(state, self.getGeometryType(), other == null ? "" : other.getGeometryType(),
                        self.getNumPoints() + (other == null ? 0 : other.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), self.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }
}
