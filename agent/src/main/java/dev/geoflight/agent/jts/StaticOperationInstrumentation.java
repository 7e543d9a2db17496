package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.GeometrySource;
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

    private StaticOperationInstrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>();
        ElementMatcher.Junction<MethodDescription> returnsGeometry = returns(named(JtsTypes.GEOMETRY));
        GeometrySource first = GeometrySource.argument(0);
        GeometrySource none = GeometrySource.NONE;

        add(hooks, "operation.valid.IsValidOp", staticMethods("isValid").and(geometryArgument(0)), first, none,
                OperationAdvice.Scalar.class);
        add(hooks, "geom.prep.PreparedGeometryFactory", staticMethods("prepare").and(geometryArgument(0)), first, none,
                OperationAdvice.Scalar.class);

        ElementMatcher.Junction<MethodDescription> geometryIn = geometryArgument(0).and(returnsGeometry);
        for (String[] operation : new String[][] {
                {"operation.buffer.BufferOp", "bufferOp"},
                {"simplify.DouglasPeuckerSimplifier", "simplify"},
                {"simplify.TopologyPreservingSimplifier", "simplify"},
                {"simplify.VWSimplifier", "simplify"},
                {"geom.util.GeometryFixer", "fix"},
                {"densify.Densifier", "densify"},
                {"operation.union.UnaryUnionOp", "union"}}) {
            add(hooks, operation[0], staticMethods(operation[1]).and(geometryIn), first, none, OperationAdvice.Constructive.class);
        }
        add(hooks, "algorithm.hull.ConcaveHull",
                staticMethods("concaveHullByLength", "concaveHullByLengthRatio", "alphaShape").and(geometryIn),
                first, none, OperationAdvice.Constructive.class);

        ElementMatcher.Junction<MethodDescription> collectionIn = argument(0, "java.util.Collection").and(returnsGeometry);
        add(hooks, "operation.union.UnaryUnionOp", staticMethods("union").and(collectionIn), none, none, CollectionUnion.class);
        add(hooks, "operation.union.CascadedPolygonUnion", staticMethods("union").and(collectionIn), none, none,
                CollectionUnion.class);

        ElementMatcher.Junction<MethodDescription> twoGeometries = geometryArgument(0).and(geometryArgument(1));
        GeometrySource second = GeometrySource.argument(1);
        add(hooks, "operation.distance.DistanceOp",
                staticMethods("distance", "isWithinDistance", "nearestPoints").and(twoGeometries), first, second,
                OperationAdvice.Scalar.class);
        for (String overlay : List.of("operation.overlayng.OverlayNG", "operation.overlayng.OverlayNGRobust")) {
            add(hooks, overlay, staticMethods("overlay").and(twoGeometries).and(returnsGeometry), first, second,
                    OperationAdvice.Constructive.class);
        }
        return hooks;
    }

    private static void add(List<Hook> hooks, String type, ElementMatcher<? super MethodDescription> methods,
                            GeometrySource input, GeometrySource other, Class<?> advice) {
        String surface = type.substring(type.lastIndexOf('.') + 1);
        hooks.add(Hook.operation(named("org.locationtech.jts." + type), surface, methods, input, other, advice));
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
