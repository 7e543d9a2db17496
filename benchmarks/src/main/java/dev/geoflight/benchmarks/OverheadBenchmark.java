package dev.geoflight.benchmarks;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Per-call cost of instrumented JTS operations at three sizes. The JVM configuration (no agent,
 * agent attached, recordings, JEP 520 method timing) is chosen by the harness with
 * {@code jvmArgsAppend}; {@link #mode} only labels the run so that results carry it.
 * Each benchmark calls one outermost JTS operation, exactly what one instrumented call costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OverheadBenchmark {

    /** The methods JEP 520's filters name for the same calls (the declaring classes JTS runs). */
    public static final String JDK_METHOD_FILTER = String.join(";",
            "org.locationtech.jts.geom.Geometry::intersects",
            "org.locationtech.jts.geom.prep.PreparedPolygon::contains",
            "org.locationtech.jts.geom.Geometry::buffer");

    @Param("none")
    public String mode;

    private Polygon small;
    private Polygon farAway;
    private PreparedGeometry preparedSmall;
    private Point inside;
    private Polygon mediumA;
    private Polygon mediumB;
    private LineString longLine;

    @Setup
    public void setUp() {
        small = Fixtures.star(0, 0, 10, 12, 1);
        farAway = Fixtures.star(100, 100, 10, 12, 2);
        preparedSmall = PreparedGeometryFactory.prepare(small);
        inside = Fixtures.point(1, 1);
        mediumA = Fixtures.star(0, 0, 10, 32, 3);
        mediumB = Fixtures.star(5, 3, 10, 32, 4);
        longLine = Fixtures.walk(0, 0, 1, 500, 5);
    }

    /** Cheap: {@code Geometry.intersects} answered by the envelope check alone. */
    @Benchmark
    public boolean cheapDisjointIntersects() {
        return small.intersects(farAway);
    }

    /** Cheap: a point in a 12-corner polygon ({@code PreparedGeometry.contains}, indexed point-in-area). */
    @Benchmark
    public boolean cheapPointInPolygon() {
        return preparedSmall.contains(inside);
    }

    /** Medium: {@code Geometry.intersects} of two overlapping 32-corner polygons (full relate). */
    @Benchmark
    public boolean mediumIntersects() {
        return mediumA.intersects(mediumB);
    }

    /** Heavy: {@code Geometry.buffer} of a 500-vertex line. */
    @Benchmark
    public Geometry heavyBuffer() {
        return longLine.buffer(5);
    }
}
