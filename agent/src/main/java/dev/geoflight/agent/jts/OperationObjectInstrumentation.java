package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.CallEnterAdvice;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.instrument.InputField;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.agent.runtime.OperationKind;
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
                        instanceMethods("isValid", "getValidationError").and(takesNoArguments()), Unary.class),
                hook("operation.buffer.BufferOp", "argGeom",
                        instanceMethods("getResultGeometry").and(takesArguments(1)), UnaryConstructive.class),
                hook("algorithm.hull.ConcaveHull", "inputGeometry",
                        instanceMethods("getHull").and(takesNoArguments()), UnaryConstructive.class),
                hook("operation.distance.DistanceOp", "geom",
                        instanceMethods("distance", "nearestPoints").and(takesNoArguments()), Pair.class));
    }

    private static Hook hook(String type, String field, ElementMatcher<? super MethodDescription> methods, Class<?> advice) {
        String surface = type.substring(type.lastIndexOf('.') + 1);
        return new Hook(named("org.locationtech.jts." + type).and(declaresField(named(field))), methods, surface,
                OperationKind.OPERATION, "", "", CallEnterAdvice.class, advice, field);
    }

    static final class Unary {
        private Unary() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @InputField Geometry input) {
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
        static void exit(@Advice.Enter ThreadState state, @InputField Geometry input, @Advice.Return Geometry result) {
            if (Calls.exit(state) && input != null) {
                Envelope box = input.getEnvelopeInternal();
                Calls.operation(state, input.getGeometryType(), "", input.getNumPoints(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), input.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }

    /** DistanceOp keeps its two inputs in one array. */
    static final class Pair {
        private Pair() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @InputField Geometry[] inputs) {
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
