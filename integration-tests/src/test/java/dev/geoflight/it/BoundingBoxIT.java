package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.BoundingBoxWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;

import java.nio.file.Path;

import static dev.geoflight.it.workload.BoundingBoxWorkload.DISTANCE_FIRST;
import static dev.geoflight.it.workload.BoundingBoxWorkload.FAR_AWAY;
import static dev.geoflight.it.workload.BoundingBoxWorkload.OVERLAY_FIRST;
import static dev.geoflight.it.workload.BoundingBoxWorkload.OVERLAY_SECOND;
import static dev.geoflight.it.workload.BoundingBoxWorkload.PREPARED;
import static dev.geoflight.it.workload.BoundingBoxWorkload.RECEIVER;
import static dev.geoflight.it.workload.BoundingBoxWorkload.ROAD;
import static dev.geoflight.it.workload.BoundingBoxWorkload.ROAD_WIDTH;
import static dev.geoflight.it.workload.BoundingBoxWorkload.STATIC_BUFFER_INPUT;
import static dev.geoflight.it.workload.BoundingBoxWorkload.UNION_PARTS;
import static dev.geoflight.it.workload.BoundingBoxWorkload.WINDOW;
import static dev.geoflight.it.workload.BoundingBoxWorkload.WITH_SRID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event's bounding box is the receiver's envelope (for a static operation, the first geometry
 * argument's), never the argument's or the result's; the other per-call fields are exact too.
 * Expected values are computed here with the same JTS version from the workload's own geometries.
 */
class BoundingBoxIT {

    private static Recorded recorded;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("bounding-box");
        Path jfr = dir.resolve("bbox.jfr");
        AgentJvm.of(BoundingBoxWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void predicateHasTheReceiversBoxAndBothInputsVertices() {
        RecordedEvent event = recorded.single("Geometry.intersects");
        assertBox(event, RECEIVER.getEnvelopeInternal());
        assertThat(event.getString("geometryType")).isEqualTo("Polygon");
        assertThat(event.getString("argumentType")).isEqualTo("Polygon");
        assertThat(event.getInt("vertices")).isEqualTo(RECEIVER.getNumPoints() + FAR_AWAY.getNumPoints());
        assertThat(event.getInt("resultVertices")).isEqualTo(-1);
        assertThat(event.getInt("srid")).isZero();
    }

    /** The analyzer's call sites come from here: the application's frame must be on the event's stack. */
    @Test
    void eventStackTraceReachesTheCallingApplicationMethod() {
        RecordedEvent event = recorded.single("Geometry.intersects");
        assertThat(event.getStackTrace().getFrames()).anySatisfy(frame -> {
            assertThat(frame.getMethod().getType().getName()).isEqualTo(BoundingBoxWorkload.class.getName());
            assertThat(frame.getMethod().getName()).isEqualTo("main");
        });
        assertThat(event.getThread().getJavaName()).isEqualTo("main");
    }

    @Test
    void bufferHasTheInputsBoxNotTheResults() {
        RecordedEvent event = recorded.single("Geometry.buffer");
        // a buffer builds a graph of many objects: the thread's allocation over the call shows it
        assertThat(event.getLong("allocated")).isGreaterThan(1_000);
        assertBox(event, ROAD.getEnvelopeInternal());
        assertThat(event.getString("geometryType")).isEqualTo("LineString");
        assertThat(event.getString("argumentType")).isEmpty();
        assertThat(event.getInt("vertices")).isEqualTo(2);
        assertThat(event.getInt("resultVertices")).isEqualTo(ROAD.buffer(ROAD_WIDTH).getNumPoints());
    }

    @Test
    void staticOperationsHaveTheFirstGeometryArgumentsBox() {
        assertBox(recorded.single("BufferOp.bufferOp"), STATIC_BUFFER_INPUT.getEnvelopeInternal());
        RecordedEvent overlay = recorded.single("OverlayNG.overlay");
        assertBox(overlay, OVERLAY_FIRST.getEnvelopeInternal());
        assertThat(overlay.getInt("vertices")).isEqualTo(10);
        assertThat(overlay.getInt("resultVertices"))
                .isEqualTo(OverlayNG.overlay(OVERLAY_FIRST, OVERLAY_SECOND, OverlayNG.UNION).getNumPoints());
        RecordedEvent distance = recorded.single("DistanceOp.distance");
        assertBox(distance, DISTANCE_FIRST.getEnvelopeInternal());
        assertThat(distance.getString("argumentType")).isEqualTo("Point");
    }

    @Test
    void unionOfACollectionHasTheBoxOfAllItsGeometries() {
        Envelope all = new Envelope();
        UNION_PARTS.forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
        RecordedEvent event = recorded.single("UnaryUnionOp.union");
        assertBox(event, all);
        assertThat(event.getInt("vertices")).isEqualTo(UNION_PARTS.stream().mapToInt(Geometry::getNumPoints).sum());
    }

    @Test
    void preparedGeometryHasThePreparedGeometrysBox() {
        assertBox(recorded.single("PreparedGeometryFactory.prepare"), PREPARED.getEnvelopeInternal());
        RecordedEvent contains = recorded.single("PreparedGeometry.contains");
        assertBox(contains, PREPARED.getEnvelopeInternal());
        assertThat(contains.getString("argumentType")).isEqualTo("Point");
    }

    @Test
    void sridComesFromTheGeometry() {
        RecordedEvent event = recorded.single("Geometry.isValid");
        assertBox(event, WITH_SRID.getEnvelopeInternal());
        assertThat(event.getInt("srid")).isEqualTo(4326);
    }

    @Test
    void indexQueryHasTheWindowResultsAndSize() {
        RecordedEvent query = recorded.named(Recorded.INDEX_QUERY).stream().reduce((a, b) -> {
            throw new AssertionError("more than one index query");
        }).orElseThrow();
        assertThat(query.getString("index")).isEqualTo("STRtree");
        assertBox(query, WINDOW);
        assertThat(query.getInt("results")).isEqualTo(BoundingBoxWorkload.index().query(WINDOW).size());
        assertThat(query.getInt("size")).isEqualTo(BoundingBoxWorkload.INDEX_ITEMS);
        RecordedEvent build = recorded.named(Recorded.INDEX_BUILD).get(0);
        assertThat(build.getString("index")).isEqualTo("STRtree");
        assertThat(build.getInt("items")).isEqualTo(BoundingBoxWorkload.INDEX_ITEMS);
    }

    private static void assertBox(RecordedEvent event, Envelope expected) {
        assertThat(new double[] {event.getDouble("minX"), event.getDouble("minY"), event.getDouble("maxX"), event.getDouble("maxY")})
                .as(event.getEventType().getName() + " " + (event.hasField("operation") ? event.getString("operation") : ""))
                .containsExactly(expected.getMinX(), expected.getMinY(), expected.getMaxX(), expected.getMaxY());
    }
}
