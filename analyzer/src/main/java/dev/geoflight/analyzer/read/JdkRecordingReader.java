package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads through the JDK's {@link RecordingFile}. Slower than {@link ChunkRecordingReader} (it
 * decodes every event of every type), kept as the reference the fast reader is tested against.
 */
public final class JdkRecordingReader implements RecordingReader {

    @Override
    public void read(Path file, RecordingVisitor visitor) throws IOException {
        ChunkHeader.Layout layout;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            layout = ChunkHeader.scan(channel);
        }
        if (layout.chunks().isEmpty()) {
            throw new NotARecordingException("truncated JFR recording: no complete chunk");
        }
        Path source = file;
        Path copy = null;
        if (layout.truncated()) {
            // RecordingFile fails on the partial chunk; hand it only the complete ones.
            copy = Files.createTempFile("geoflight-complete-", ".jfr");
            try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
                 FileChannel out = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                in.transferTo(0, layout.usableBytes(), out);
            }
            source = copy;
        }
        try {
            for (ChunkHeader chunk : layout.chunks()) {
                visitor.chunk(chunk.startEpochNanos(), chunk.durationNanos());
            }
            readEvents(source, visitor);
        } finally {
            if (copy != null) {
                Files.deleteIfExists(copy);
            }
        }
        if (layout.truncated()) {
            visitor.truncated(layout.chunks().size(), layout.usableBytes(), layout.fileBytes());
        }
    }

    private static void readEvents(Path file, RecordingVisitor visitor) throws IOException {
        Map<RecordedStackTrace, StackTrace> traces = new IdentityHashMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                switch (type) {
                    case OperationNames.OPERATION_STATISTICS -> visitor.statistics(statistics(event));
                    case OperationNames.SPATIAL_OPERATION, OperationNames.REPOSITORY_QUERY,
                         OperationNames.INDEX_QUERY, OperationNames.INDEX_BUILD,
                         OperationNames.GEOMETRY_IO -> visitor.call(call(type, event, traces));
                    case "jdk.JVMInformation" -> visitor.jvm(event.getString("jvmName"),
                            event.getString("jvmVersion"), event.getString("jvmArguments"));
                    case OperationNames.AGENT -> visitor.agent(event.getString("version"));
                    default -> {
                        if (!OperationNames.isGeoFlightEvent(type)) {
                            visitor.otherEvent();
                        }
                    }
                }
            }
        }
    }

    private static StatisticsRow statistics(RecordedEvent e) {
        return new StatisticsRow(CallKind.fromId(text(e, "kind")), text(e, "operation"), text(e, "layer"),
                text(e, "complexity"), e.getLong("count"), e.getLong("totalTime"), e.getLong("maxTime"),
                e.getLong("allocated"), e.getString("histogram"),
                e.hasField("samplingPeriod") ? Math.max(1, e.getLong("samplingPeriod")) : 1);
    }

    private static CallEvent call(String type, RecordedEvent e, Map<RecordedStackTrace, StackTrace> traces) {
        CallEventBuilder b = new CallEventBuilder();
        switch (type) {
            case OperationNames.SPATIAL_OPERATION -> {
                b.kind = CallKind.OPERATION;
                b.operation = text(e, "operation");
                b.complexity = text(e, "complexity");
                b.geometryType = text(e, "geometryType");
                b.argumentType = text(e, "argumentType");
                b.vertices = e.getInt("vertices");
                b.allocated = e.getLong("allocated");
                box(b, e);
            }
            case OperationNames.REPOSITORY_QUERY -> {
                b.kind = CallKind.REPOSITORY;
                b.repository = text(e, "repository");
                b.operation = OperationNames.repository(b.repository, text(e, "method"));
                b.results = e.getInt("results");
                b.allocated = e.getLong("allocated");
                box(b, e);
            }
            case OperationNames.INDEX_QUERY -> {
                b.kind = CallKind.INDEX;
                b.operation = OperationNames.indexQuery(text(e, "index"));
                b.results = e.getInt("results");
                box(b, e);
            }
            case OperationNames.INDEX_BUILD -> {
                b.kind = CallKind.INDEX;
                b.operation = OperationNames.indexBuild(text(e, "index"));
                b.vertices = e.getInt("items");
            }
            default -> {
                b.kind = CallKind.IO;
                b.operation = OperationNames.io(text(e, "format"), text(e, "direction"));
                b.vertices = e.getInt("vertices");
                b.geometryType = text(e, "geometryType");
            }
        }
        b.layer = text(e, "layer");
        long start = e.getStartTime().getEpochSecond() * 1_000_000_000L + e.getStartTime().getNano();
        RecordedThread thread = e.getThread();
        String threadName = thread == null ? "" : thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        RecordedStackTrace stack = e.getStackTrace();
        if (traces.size() > 50_000) {
            traces.clear(); // bounded: RecordingFile shares trace objects within a chunk only
        }
        StackTrace trace = stack == null ? StackTrace.EMPTY : traces.computeIfAbsent(stack, JdkRecordingReader::convert);
        return b.build(start, e.getDuration().toNanos(), threadName, trace);
    }

    private static StackTrace convert(RecordedStackTrace stack) {
        List<Frame> frames = new ArrayList<>(stack.getFrames().size());
        for (RecordedFrame f : stack.getFrames()) {
            frames.add(new Frame(f.getMethod().getType().getName(), f.getMethod().getName(), f.getLineNumber()));
        }
        return new StackTrace(List.copyOf(frames), stack.isTruncated());
    }

    private static void box(CallEventBuilder b, RecordedEvent e) {
        b.minX = e.getDouble("minX");
        b.minY = e.getDouble("minY");
        b.maxX = e.getDouble("maxX");
        b.maxY = e.getDouble("maxY");
    }

    /** Absent fields (an older event schema) read as "", never as null. */
    private static String text(RecordedEvent e, String field) {
        if (!e.hasField(field)) {
            return "";
        }
        String value = e.getString(field);
        return value == null ? "" : value;
    }
}
