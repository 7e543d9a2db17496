package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.IoWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** GeometryIO events: format, direction, size of the text or bytes, vertices and type of the geometry, layer. */
class IoEventsIT {

    private static List<RecordedEvent> io;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("io");
        Path jfr = dir.resolve("io.jfr");
        AgentJvm.of(IoWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        io = Recorded.read(jfr).named(Recorded.IO);
    }

    @Test
    void eachReadAndWriteIsOneEventWithExactSizes() {
        int wkt = new WKTWriter().write(IoWorkload.POLYGON).length();
        int wkb = new WKBWriter().write(IoWorkload.POLYGON).length;
        int json = new GeoJsonWriter().write(IoWorkload.POINT).length();
        assertThat(io).extracting(e -> e.getString("format"), e -> e.getString("direction"), e -> e.getLong("bytes"),
                        e -> e.getInt("vertices"), e -> e.getString("geometryType"), e -> e.getString("layer"))
                .containsExactly(
                        tuple("WKT", "read", (long) IoWorkload.WKT.length(), 3, "LineString", "io"),
                        tuple("WKT", "write", (long) wkt, 5, "Polygon", ""),
                        tuple("WKB", "write", (long) wkb, 5, "Polygon", ""),
                        tuple("WKB", "read", (long) wkb, 5, "Polygon", ""),
                        tuple("GeoJSON", "write", (long) json, 1, "Point", ""),
                        tuple("GeoJSON", "read", (long) json, 1, "Point", ""),
                        // written to a stream: the length is only known to the stream
                        tuple("WKT", "write", -1L, 5, "Polygon", ""));
    }
}
