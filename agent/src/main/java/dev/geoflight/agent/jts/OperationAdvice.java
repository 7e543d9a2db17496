package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.Input;
import dev.geoflight.agent.instrument.Other;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Exit advice of JTS operations on one or two geometries, wherever those come from (receiver,
 * argument or operation object's field: see {@code GeometrySource}). The envelope is the input's.
 */
final class OperationAdvice {

    private OperationAdvice() {
    }

    /** Predicates, distance, validity: the result is not a geometry. */
    static final class Scalar {
        private Scalar() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Input Geometry input, @Other Geometry other) {
            if (Calls.exit(state) && input != null) {
                Envelope box = input.getEnvelopeInternal();
                Calls.operation(state, input.getGeometryType(), other == null ? "" : other.getGeometryType(),
                        input.getNumPoints() + (other == null ? 0 : other.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), input.getSRID(), -1);
            }
        }
    }

    /** Overlay, union, buffer, hulls, simplification: the result's vertices are reported too. */
    static final class Constructive {
        private Constructive() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Input Geometry input, @Other Geometry other,
                         @Advice.Return Geometry result) {
            if (Calls.exit(state) && input != null) {
                Envelope box = input.getEnvelopeInternal();
                Calls.operation(state, input.getGeometryType(), other == null ? "" : other.getGeometryType(),
                        input.getNumPoints() + (other == null ? 0 : other.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), input.getSRID(),
                        result == null ? -1 : result.getNumPoints());
            }
        }
    }
}
