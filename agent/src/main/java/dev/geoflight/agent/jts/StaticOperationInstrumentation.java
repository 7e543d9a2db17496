package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.argument;
import static dev.geoflight.agent.jts.JtsTypes.geometryArgument;
import static dev.geoflight.agent.jts.JtsTypes.staticMethods;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;

/**
 * The static entry points of JTS's operation classes: overlay and union, buffer, distance,
 * validity, simplification, fixing, densifying, concave hulls and preparing. The envelope is that
 * of the first geometry argument (of all geometries, for the union of a collection).
 */
public final class StaticOperationInstrumentation {

    private static final String JTS = "org.locationtech.jts.";

    private StaticOperationInstrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>();
        ElementMatcher.Junction<MethodDescription> returnsGeometry = returns(named(JtsTypes.GEOMETRY));

        unary(hooks, "operation.valid.IsValidOp", staticMethods("isValid").and(geometryArgument(0)), Unary.class);
        unary(hooks, "geom.prep.PreparedGeometryFactory", staticMethods("prepare").and(geometryArgument(0)), Unary.class);

        ElementMatcher.Junction<MethodDescription> geometryIn = geometryArgument(0).and(returnsGeometry);
        unary(hooks, "operation.buffer.BufferOp", staticMethods("bufferOp").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "simplify.DouglasPeuckerSimplifier", staticMethods("simplify").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "simplify.TopologyPreservingSimplifier", staticMethods("simplify").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "simplify.VWSimplifier", staticMethods("simplify").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "geom.util.GeometryFixer", staticMethods("fix").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "densify.Densifier", staticMethods("densify").and(geometryIn), UnaryConstructive.class);
        unary(hooks, "algorithm.hull.ConcaveHull",
                staticMethods("concaveHullByLength", "concaveHullByLengthRatio", "alphaShape").and(geometryIn),
                UnaryConstructive.class);
        unary(hooks, "operation.union.UnaryUnionOp", staticMethods("union").and(geometryIn), UnaryConstructive.class);

        ElementMatcher.Junction<MethodDescription> collectionIn = argument(0, "java.util.Collection").and(returnsGeometry);
        unary(hooks, "operation.union.UnaryUnionOp", staticMethods("union").and(collectionIn), CollectionUnion.class);
        unary(hooks, "operation.union.CascadedPolygonUnion", staticMethods("union").and(collectionIn), CollectionUnion.class);

        ElementMatcher.Junction<MethodDescription> twoGeometries = geometryArgument(0).and(geometryArgument(1));
        unary(hooks, "operation.distance.DistanceOp",
                staticMethods("distance", "isWithinDistance", "nearestPoints").and(twoGeometries), Binary.class);
        unary(hooks, "operation.overlayng.OverlayNG",
                staticMethods("overlay").and(twoGeometries).and(returnsGeometry), BinaryConstructive.class);
        unary(hooks, "operation.overlayng.OverlayNGRobust",
                staticMethods("overlay").and(twoGeometries).and(returnsGeometry), BinaryConstructive.class);
        return hooks;
    }

    private static void unary(List<Hook> hooks, String type, ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        String surface = type.substring(type.lastIndexOf('.') + 1);
        hooks.add(Hook.operation(named(JTS + type), surface, methods, advice));
    }

    static final class Unary {
        private Unary() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry input) {
            if (Calls.exit(state) && input != null) {
                Envelope box = input.getEnvelopeInternal();
                Calls.operation(state, input.getGeometryType(), "", input.getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), input.getSRID(), -1);
            }
        }
    }

    static final class UnaryConstructive {
        private UnaryConstructive() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry input, @Advice.Return Geometry result) {
            if (Calls.exit(state) && input != null) {
                Envelope box = input.getEnvelopeInternal();
                Calls.operation(state, input.getGeometryType(), "", input.getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), input.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }

    static final class Binary {
        private Binary() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry first, @Advice.Argument(1) Geometry second) {
            if (Calls.exit(state) && first != null) {
                Envelope box = first.getEnvelopeInternal();
                Calls.operation(state, first.getGeometryType(), second == null ? "" : second.getGeometryType(),
                        first.getNumPoints() + (second == null ? 0 : second.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), first.getSRID(), -1);
            }
        }
    }

    static final class BinaryConstructive {
        private BinaryConstructive() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry first, @Advice.Argument(1) Geometry second,
                         @Advice.Return Geometry result) {
            if (Calls.exit(state) && first != null) {
                Envelope box = first.getEnvelopeInternal();
                Calls.operation(state, first.getGeometryType(), second == null ? "" : second.getGeometryType(),
                        first.getNumPoints() + (second == null ? 0 : second.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), first.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }

    /** Union of a collection: the envelope and vertices of all its geometries together. */
    static final class CollectionUnion {
        private CollectionUnion() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Collection<?> inputs, @Advice.Return Geometry result) {
            if (Calls.exit(state) && inputs != null) {
                Envelope box = new Envelope();
                int vertices = 0;
                String type = "";
                int srid = 0;
                for (Object input : inputs) {
                    if (input instanceof Geometry) {
                        Geometry geometry = (Geometry) input;
                        box.expandToInclude(geometry.getEnvelopeInternal());
                        vertices += geometry.getNumPoints();
                        type = geometry.getGeometryType();
                        srid = geometry.getSRID();
                    }
                }
                Calls.operation(state, type, "", vertices, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(),
                        srid, result == null ? -1 : result.getNumPoints());
            }
        }
    }
}
