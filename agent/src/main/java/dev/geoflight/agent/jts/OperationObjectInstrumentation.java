package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.GeometrySource;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.instrument.Input;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.instanceMethods;
import static net.bytebuddy.matcher.ElementMatchers.declaresField;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;
import static net.bytebuddy.matcher.ElementMatchers.takesNoArguments;

/**
 * Operation objects used directly ({@code new IsValidOp(g).isValid()}, {@code new BufferOp(g)
 * .getResultGeometry(d)}, {@code new DistanceOp(a, b).distance()}, {@code new ConcaveHull(g).getHull()}).
 * Their input geometry is read from the private field the constructor stored it in; a JTS version
 * without that field simply does not get the hook.
 */
public final class OperationObjectInstrumentation {

    private OperationObjectInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(
                hook("operation.valid.IsValidOp", "inputGeometry",
                        instanceMethods("isValid", "getValidationError").and(takesNoArguments()), OperationAdvice.Scalar.class),
                hook("operation.buffer.BufferOp", "argGeom",
                        instanceMethods("getResultGeometry").and(takesArguments(1)), OperationAdvice.Constructive.class),
                hook("algorithm.hull.ConcaveHull", "inputGeometry",
                        instanceMethods("getHull").and(takesNoArguments()), OperationAdvice.Constructive.class),
                hook("operation.distance.DistanceOp", "geom",
                        instanceMethods("distance", "nearestPoints").and(takesNoArguments()), Pair.class));
    }

    private static Hook hook(String type, String field, ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        String surface = type.substring(type.lastIndexOf('.') + 1);
        return Hook.operation(named("org.locationtech.jts." + type).and(declaresField(named(field))), surface, methods,
                GeometrySource.field(field), GeometrySource.NONE, advice);
    }

    /** DistanceOp keeps its two inputs in one array. */
    static final class Pair {
        private Pair() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Input Geometry[] inputs) {
            if (Calls.exit(state) && inputs != null && inputs.length == 2 && inputs[0] != null && inputs[1] != null) {
                Geometry first = inputs[0];
                Envelope box = first.getEnvelopeInternal();
                Calls.operation(state, first.getGeometryType(), inputs[1].getGeometryType(),
                        first.getNumPoints() + inputs[1].getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), first.getSRID(), -1);
            }
        }
    }
}
