package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.GeometrySource;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.instrument.Input;
import dev.geoflight.agent.instrument.Other;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.geometryArgument;
import static dev.geoflight.agent.jts.JtsTypes.instanceMethods;

/** Predicates of prepared geometries, {@code PreparedGeometry.*}; the envelope is the prepared geometry's. */
public final class PreparedGeometryInstrumentation {

    private PreparedGeometryInstrumentation() {
    }

    public static List<Hook> hooks() {
        return List.of(Hook.operation(
                JtsTypes.type(
                        "org.locationtech.jts.geom.prep.BasicPreparedGeometry",
                        "org.locationtech.jts.geom.prep.PreparedPoint",
                        "org.locationtech.jts.geom.prep.PreparedLineString",
                        "org.locationtech.jts.geom.prep.PreparedPolygon"),
                "PreparedGeometry",
                instanceMethods("contains", "containsProperly", "coveredBy", "covers", "crosses", "disjoint",
                        "intersects", "overlaps", "touches", "within").and(geometryArgument(0)),
                GeometrySource.RECEIVER, GeometrySource.argument(0), Predicate.class));
    }

    static final class Predicate {
        private Predicate() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Input PreparedGeometry self, @Other Geometry other) {
            if (Calls.exit(state)) {
                Geometry prepared = self.getGeometry();
                Envelope box = prepared.getEnvelopeInternal();
                Calls.operation(state, prepared.getGeometryType(), other == null ? "" : other.getGeometryType(),
                        prepared.getNumPoints() + (other == null ? 0 : other.getNumPoints()),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), prepared.getSRID(), -1);
            }
        }
    }
}
