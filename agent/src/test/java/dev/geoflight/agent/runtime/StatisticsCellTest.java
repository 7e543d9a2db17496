package dev.geoflight.agent.runtime;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each drain reports exactly the calls counted and measured since the one before, read back from a real recording. */
class StatisticsCellTest {

    @Test
    void eachDrainReportsOnlyTheCallsSinceTheLastOne(@TempDir Path dir) throws Exception {
        Operation operation = new Operation(0, "Geometry.buffer", OperationKind.OPERATION, "", "");
        StatisticsCell cell = new StatisticsCell(operation, "roads", Complexity.NONE);
        Path file = dir.resolve("cell.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("geoflight.OperationStatistics");
            recording.start();
            cell.record(1_000, 10, 1);
            cell.record(2_000, 20, 1);
            cell.record(90_000_000_000L, 30, 1);
            assertThat(cell.drain()).isTrue();
            assertThat(cell.drain()).as("nothing new").isFalse();
            cell.record(5_000, 40, 1);
            assertThat(cell.drain()).isTrue();
            // a sampled operation: one measured call stands for sixteen, fifteen others only counted
            operation.endPeriod();
            operation.addToPeriod(1, 100);
            operation.endPeriod();
            for (int i = 0; i < 15; i++) {
                cell.count();
            }
            cell.record(3_000, 100, CallSampling.PERIOD);
            assertThat(cell.drain()).isTrue();
            // a period in which none of its calls was measured still reports their count
            for (int i = 0; i < 7; i++) {
                cell.count();
            }
            assertThat(cell.drain()).isTrue();
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> rows = RecordingFile.readAllEvents(file);
        assertThat(rows).hasSize(4);

        Histogram first = assertRow(rows.get(0), 3, 90_000_003_000L, 90_000_000_000L, 60, 3, 1);
        assertThat(rows.get(0).getString("layer")).isEqualTo("roads");
        assertThat(first.getValueAtPercentile(50)).isBetween(1_990L, 2_010L);
        // beyond the histogram's range a call counts as its highest value; total and max stay exact
        assertThat(first.getMaxValue()).isBetween(59_000_000_000L, 61_000_000_000L);

        Histogram second = assertRow(rows.get(1), 1, 5_000, 5_000, 40, 1, 1);
        assertThat(second.getMinValue()).isBetween(4_950L, 5_050L);
        assertThat(second.getMaxValue()).isBetween(4_950L, 5_050L);

        Histogram sampled = assertRow(rows.get(2), 16, 48_000, 3_000, 1_600, 16, CallSampling.PERIOD);
        assertThat(sampled.getMinValue()).isBetween(2_970L, 3_030L);

        assertRow(rows.get(3), 7, 0, 0, 0, 0, CallSampling.PERIOD);
    }

    /** Checks a row's totals and returns its decoded latency distribution. */
    private static Histogram assertRow(RecordedEvent row, long count, long totalNanos, long maxNanos, long allocated,
                                       long inHistogram, long samplingPeriod) throws Exception {
        assertThat(row.getLong("samplingPeriod")).isEqualTo(samplingPeriod);
        assertThat(row.getLong("count")).isEqualTo(count);
        assertThat(row.getLong("totalTime")).isEqualTo(totalNanos);
        assertThat(row.getLong("maxTime")).isEqualTo(maxNanos);
        assertThat(row.getLong("allocated")).isEqualTo(allocated);
        Histogram histogram = decode(row);
        assertThat(histogram.getTotalCount()).isEqualTo(inHistogram);
        return histogram;
    }

    private static Histogram decode(RecordedEvent row) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(row.getString("histogram"));
        return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
    }
}
