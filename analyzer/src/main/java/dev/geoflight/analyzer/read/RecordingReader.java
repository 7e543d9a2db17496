package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.file.Path;

/** Streams one recording file into a visitor; never holds more than one chunk's constants in memory. */
public interface RecordingReader {

    /**
     * @throws NotARecordingException when the file is not a JFR recording (or has no complete chunk)
     * @throws IOException            when the file cannot be read
     */
    void read(Path file, RecordingVisitor visitor) throws IOException;
}
