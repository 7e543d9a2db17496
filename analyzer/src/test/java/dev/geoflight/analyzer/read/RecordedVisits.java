package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Everything a reader delivered, in order, comparable with equals. */
record RecordedVisits(List<Object> visits, long otherEvents) {

    static RecordedVisits of(RecordingReader reader, Path file) throws IOException {
        List<Object> visits = new ArrayList<>();
        long[] other = new long[1];
        reader.read(file, new RecordingVisitor() {
            @Override
            public void chunk(long startEpochNanos, long durationNanos) {
                visits.add("chunk " + startEpochNanos + " " + durationNanos);
            }

            @Override
            public void jvm(String name, String version, String arguments) {
                visits.add("jvm " + name + " " + version + " " + arguments);
            }

            @Override
            public void agent(String version) {
                visits.add("agent " + version);
            }

            @Override
            public void statistics(StatisticsRow row) {
                visits.add(row);
            }

            @Override
            public void call(CallEvent event) {
                visits.add(event);
            }

            @Override
            public void otherEvent() {
                other[0]++;
            }

            @Override
            public void truncated(int completeChunks, long usableBytes, long fileBytes) {
                visits.add("truncated " + completeChunks + " " + usableBytes + " " + fileBytes);
            }
        });
        return new RecordedVisits(visits, other[0]);
    }

    /**
     * Compares with another reader's visits. Chunk starts are compared as a list of their own:
     * RecordingFile does not tell where a chunk begins among the events, so that reader reports
     * them all first.
     */
    void assertSameAs(RecordedVisits expected) {
        org.assertj.core.api.Assertions.assertThat(chunks()).containsExactlyElementsOf(expected.chunks());
        List<Object> mine = withoutChunks();
        List<Object> theirs = expected.withoutChunks();
        org.assertj.core.api.Assertions.assertThat(mine).hasSameSizeAs(theirs);
        for (int i = 0; i < mine.size(); i++) {
            org.assertj.core.api.Assertions.assertThat(sameStart(mine.get(i), theirs.get(i))).as("visit %d", i)
                    .isEqualTo(theirs.get(i));
        }
    }

    /**
     * JDK releases convert ticks to wall-clock nanoseconds with different rounding (JDK 25's
     * RecordingFile differs from JDK 17's by a few nanoseconds when ticks are not nanoseconds):
     * a start within a microsecond counts as the same, every other field must be equal.
     */
    private static Object sameStart(Object visit, Object expected) {
        if (visit instanceof CallEvent e && expected instanceof CallEvent x
                && Math.abs(e.startEpochNanos() - x.startEpochNanos()) <= 1_000) {
            return new CallEvent(e.kind(), e.operation(), e.layer(), e.complexity(), x.startEpochNanos(), e.durationNanos(),
                    e.thread(), e.stackTrace(), e.minX(), e.minY(), e.maxX(), e.maxY(), e.vertices(), e.allocatedBytes(),
                    e.geometryType(), e.argumentType(), e.results(), e.repository());
        }
        return visit;
    }

    private List<Object> chunks() {
        return visits.stream().filter(RecordedVisits::isChunk).toList();
    }

    private List<Object> withoutChunks() {
        return visits.stream().filter(v -> !isChunk(v)).toList();
    }

    private static boolean isChunk(Object visit) {
        return visit instanceof String s && s.startsWith("chunk ");
    }

    long calls() {
        return events().size();
    }

    List<CallEvent> events() {
        return visits.stream().filter(v -> v instanceof CallEvent).map(v -> (CallEvent) v).toList();
    }

    long statistics() {
        return visits.stream().filter(v -> v instanceof StatisticsRow).count();
    }
}
