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

/** Each drain reports exactly the calls recorded since the one before, read back from a real recording. */
class StatisticsCellTest {

    @Test
    void eachDrainReportsOnlyTheCallsSinceTheLastOne(@TempDir Path dir) throws Exception {
        StatisticsCell cell = new StatisticsCell(new Operation(0, "Geometry.buffer", OperationKind.OPERATION, "", ""),
                "roads", Complexity.NONE);
        Path file = dir.resolve("cell.jfr");
        try (Recording recording = new Recording()) {
            recording.enable("geoflight.OperationStatistics");
            recording.start();
            cell.record(1_000, 10);
            cell.record(2_000, 20);
            cell.record(90_000_000_000L, 30);
            assertThat(cell.drain()).isTrue();
            assertThat(cell.drain()).as("nothing new").isFalse();
            cell.record(5_000, 40);
            assertThat(cell.drain()).isTrue();
            recording.stop();
            recording.dump(file);
        }
        List<RecordedEvent> rows = RecordingFile.readAllEvents(file);
        assertThat(rows).hasSize(2);

        RecordedEvent first = rows.get(0);
        assertThat(first.getString("layer")).isEqualTo("roads");
        assertThat(first.getLong("count")).isEqualTo(3);
        assertThat(first.getLong("totalTime")).isEqualTo(90_000_003_000L);
        assertThat(first.getLong("maxTime")).isEqualTo(90_000_000_000L);
        assertThat(first.getLong("allocated")).isEqualTo(60);
        Histogram firstHistogram = decode(first);
        assertThat(firstHistogram.getTotalCount()).isEqualTo(3);
        assertThat(firstHistogram.getValueAtPercentile(50)).isBetween(1_990L, 2_010L);
        // beyond the histogram's range a call counts as its highest value; total and max stay exact
        assertThat(firstHistogram.getMaxValue()).isBetween(59_000_000_000L, 61_000_000_000L);

        RecordedEvent second = rows.get(1);
        assertThat(second.getLong("count")).isEqualTo(1);
        assertThat(second.getLong("totalTime")).isEqualTo(5_000);
        assertThat(second.getLong("maxTime")).isEqualTo(5_000);
        assertThat(second.getLong("allocated")).isEqualTo(40);
        Histogram secondHistogram = decode(second);
        assertThat(secondHistogram.getTotalCount()).isEqualTo(1);
        assertThat(secondHistogram.getMinValue()).isBetween(4_950L, 5_050L);
        assertThat(secondHistogram.getMaxValue()).isBetween(4_950L, 5_050L);
    }

    private static Histogram decode(RecordedEvent row) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(row.getString("histogram"));
        return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
    }
}
