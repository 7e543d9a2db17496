package dev.geoflight.analyzer;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.OperationStatisticsEvent;
import dev.geoflight.events.RepositoryQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import dev.geoflight.events.StatisticsFlushEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Consumer;
import jdk.jfr.Recording;
import org.HdrHistogram.Histogram;

/**
 * Makes real recordings in the test JVM: the real GeoFlight event classes, committed with known
 * values into a {@link Recording} that records only them (plus the JVM's description).
 */
public final class TestRecording {
    private TestRecording() {
    }

    public static Path record(Path file, Consumer<Events> body) {
        try (Recording recording = new Recording()) {
            recording.enable(SpatialOperationEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(RepositoryQueryEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(IndexQueryEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(IndexBuildEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(GeometryIOEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(OperationStatisticsEvent.class);
            recording.enable(StatisticsFlushEvent.class);
            recording.enable("jdk.JVMInformation");
            recording.start();
            body.accept(new Events());
            recording.stop();
            recording.dump(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A recording with no GeoFlight events at all, only the JDK's own. */
    public static Path recordWithoutGeoFlight(Path file) {
        try (Recording recording = new Recording()) {
            recording.enable("jdk.JVMInformation");
            recording.enable("jdk.ThreadSleep").withThreshold(Duration.ZERO);
            recording.start();
            Thread.sleep(1);
            recording.stop();
            recording.dump(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Emits events. Per-call events last at least {@code spinNanos} (busy-waited, so the duration is real). */
    public static final class Events {

        /** One statistics row; the histogram holds {@code latencies} if given. */
        public void stats(String kind, String operation, String layer, String complexity, long count, long totalNanos,
                          long maxNanos, long allocated, long... latencies) {
            sampledStats(kind, operation, layer, complexity, count, totalNanos, maxNanos, allocated, 0, latencies);
        }

        /** One statistics row of an agent that measured one in {@code samplingPeriod} calls (0: an agent without the field). */
        public void sampledStats(String kind, String operation, String layer, String complexity, long count, long totalNanos,
                                 long maxNanos, long allocated, int samplingPeriod, long... latencies) {
            OperationStatisticsEvent e = new OperationStatisticsEvent();
            e.samplingPeriod = samplingPeriod;
            e.kind = kind;
            e.operation = operation;
            e.layer = layer;
            e.complexity = complexity;
            e.count = count;
            e.totalTime = totalNanos;
            e.maxTime = maxNanos;
            e.allocated = allocated;
            e.histogram = latencies.length == 0 ? "" : histogram(latencies);
            e.commit();
        }

        public static String histogram(long... latencies) {
            Histogram h = new Histogram(3);
            for (long latency : latencies) {
                h.recordValue(latency);
            }
            ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
            int length = h.encodeIntoCompressedByteBuffer(buffer);
            byte[] bytes = new byte[length];
            buffer.flip();
            buffer.get(bytes);
            return Base64.getEncoder().encodeToString(bytes);
        }

        public void operation(String operation, String layer, String complexity, double minX, double minY, double maxX,
                              double maxY, int vertices, long allocated, String geometryType, String argumentType,
                              long spinNanos) {
            SpatialOperationEvent e = new SpatialOperationEvent();
            e.begin();
            spin(spinNanos);
            e.operation = operation;
            e.layer = layer;
            e.complexity = complexity;
            e.minX = minX;
            e.minY = minY;
            e.maxX = maxX;
            e.maxY = maxY;
            e.vertices = vertices;
            e.allocated = allocated;
            e.geometryType = geometryType;
            e.argumentType = argumentType;
            e.srid = 4326;
            e.resultVertices = -1;
            e.commit();
        }

        public void repository(String repository, String method, String layer, int results, long allocated, long spinNanos) {
            RepositoryQueryEvent e = new RepositoryQueryEvent();
            e.begin();
            spin(spinNanos);
            e.repository = repository;
            e.method = method;
            e.layer = layer;
            e.minX = 0;
            e.minY = 0;
            e.maxX = 10;
            e.maxY = 10;
            e.results = results;
            e.allocated = allocated;
            e.commit();
        }

        public void indexQuery(String index, String layer, int results) {
            IndexQueryEvent e = new IndexQueryEvent();
            e.begin();
            e.index = index;
            e.layer = layer;
            e.minX = 1;
            e.minY = 2;
            e.maxX = 3;
            e.maxY = 4;
            e.results = results;
            e.size = 100;
            e.commit();
        }

        public void indexBuild(String index, String layer, int items) {
            IndexBuildEvent e = new IndexBuildEvent();
            e.begin();
            e.index = index;
            e.layer = layer;
            e.items = items;
            e.commit();
        }

        public void io(String format, String direction, String layer, int vertices, long spinNanos) {
            GeometryIOEvent e = new GeometryIOEvent();
            e.begin();
            spin(spinNanos);
            e.format = format;
            e.direction = direction;
            e.layer = layer;
            e.vertices = vertices;
            e.bytes = 100;
            e.geometryType = "Polygon";
            e.commit();
        }

        private static void spin(long nanos) {
            long end = System.nanoTime() + nanos;
            while (nanos > 0 && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
    }
}
