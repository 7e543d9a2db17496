package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.TransparencyWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application notices the agent only in time spent: every instrumented method family, called
 * on the same inputs without the agent, with the agent and no recording, and with the agent
 * recording every call, prints the same results and throws the same exceptions (type, message,
 * top stack frames).
 */
class TransparencyIT {

    private static JvmRun plain;
    private static JvmRun attachedIdle;
    private static JvmRun recording;
    private static Recorded recorded;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("transparency");
        plain = AgentJvm.of(TransparencyWorkload.class, dir.resolve("plain"))
                .withoutAgent().run().assertSucceeded();
        attachedIdle = AgentJvm.of(TransparencyWorkload.class, dir.resolve("idle")).agentOptions("log=quiet").run().assertSucceeded();
        Path jfr = dir.resolve("transparency.jfr");
        recording = AgentJvm.of(TransparencyWorkload.class, dir.resolve("recording")).agentOptions("log=quiet")
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void resultsAndExceptionsAreTheSameWithAndWithoutTheAgent() {
        assertThat(attachedIdle.stdoutLines()).containsExactlyElementsOf(plain.stdoutLines());
        assertThat(recording.stdoutLines()).containsExactlyElementsOf(plain.stdoutLines());
    }

    /** Without these the comparison above could pass on a workload whose failing calls did not fail. */
    @Test
    void theExceptionPathsReallyThrow() {
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "intersection of bow-tie -> threw org.locationtech.jts.geom.TopologyException: side location conflict [ (5.0, 5.0, NaN) ]"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "OverlayNG.overlay of bow-tie -> threw org.locationtech.jts.geom.TopologyException: side location conflict: arg 0 [ (5.0, 5.0, NaN) ]"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "union(GeometryCollection) -> threw java.lang.IllegalArgumentException: Operation does not support GeometryCollection arguments"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "relate(GeometryCollection) -> threw java.lang.IllegalArgumentException: Operation does not support GeometryCollection arguments"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "WKTReader.read of bad WKT -> threw org.locationtech.jts.io.ParseException: Expected word but found End-of-Stream (line 1)"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "WKBReader.read of bad WKB -> threw org.locationtech.jts.io.ParseException"));
        assertThat(plain.stdoutLines()).anySatisfy(line -> assertThat(line).startsWith(
                "intersects(null) -> threw java.lang.NullPointerException"));
    }

    /** Without these the comparison could pass because nothing was instrumented. */
    @Test
    void everyFamilyWasInstrumentedInTheRecordingRun() {
        Set<String> operations = new TreeSet<>(recorded.statisticsCountsByOperation().keySet());
        assertThat(operations).containsAll(List.of(
                "Geometry.intersects", "Geometry.contains", "Geometry.within", "Geometry.covers", "Geometry.coveredBy",
                "Geometry.crosses", "Geometry.overlaps", "Geometry.touches", "Geometry.disjoint", "Geometry.equalsTopo",
                "Geometry.relate", "Geometry.isWithinDistance", "Geometry.distance", "DistanceOp.distance",
                "DistanceOp.isWithinDistance", "DistanceOp.nearestPoints", "Geometry.isValid", "IsValidOp.isValid",
                "IsValidOp.getValidationError", "Geometry.isSimple",
                "Geometry.intersection", "Geometry.union", "Geometry.difference", "Geometry.symDifference",
                "OverlayNG.overlay", "OverlayNGRobust.overlay", "UnaryUnionOp.union", "CascadedPolygonUnion.union",
                "Geometry.buffer", "BufferOp.bufferOp", "BufferOp.getResultGeometry", "Geometry.convexHull",
                "ConcaveHull.concaveHullByLength", "ConcaveHull.concaveHullByLengthRatio", "ConcaveHull.alphaShape",
                "ConcaveHull.getHull", "DouglasPeuckerSimplifier.simplify", "TopologyPreservingSimplifier.simplify",
                "VWSimplifier.simplify", "GeometryFixer.fix", "Densifier.densify",
                "PreparedGeometryFactory.prepare", "PreparedGeometry.contains", "PreparedGeometry.containsProperly",
                "PreparedGeometry.coveredBy", "PreparedGeometry.covers", "PreparedGeometry.crosses",
                "PreparedGeometry.disjoint", "PreparedGeometry.intersects", "PreparedGeometry.overlaps",
                "PreparedGeometry.touches", "PreparedGeometry.within",
                "STRtree.query", "STRtree.build", "Quadtree.query", "HPRtree.build", "HPRtree.query", "KdTree.query",
                "WKTWriter.write", "WKTWriter.writeFormatted", "WKBWriter.write", "WKBReader.read", "WKTReader.read",
                "GeoJsonWriter.write", "GeoJsonReader.read"));
    }
}
