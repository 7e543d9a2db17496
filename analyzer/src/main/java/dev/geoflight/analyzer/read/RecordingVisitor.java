package dev.geoflight.analyzer.read;

/** Receives what a {@link RecordingReader} finds in one file, in file order, chunk by chunk. */
public interface RecordingVisitor {

    /** A complete chunk starts: wall-clock start and duration in nanoseconds. */
    default void chunk(long startEpochNanos, long durationNanos) {
    }

    default void jvm(String name, String version, String arguments) {
    }

    /** The agent that wrote the recording ({@code geoflight.Agent}, at every chunk's start and end). */
    default void agent(String version) {
    }

    void statistics(StatisticsRow row);

    void call(CallEvent event);

    /** Events of this type were seen but not decoded (not GeoFlight's): counted for the "no events" message. */
    default void otherEvent() {
    }

    /** After each chunk: how far into the file the reader is. */
    default void progress(long bytesRead, long fileBytes) {
    }

    /**
     * The file ends inside a chunk (a JVM that crashed or is still writing): everything before it
     * was delivered, nothing of the partial chunk.
     */
    default void truncated(int completeChunks, long usableBytes, long fileBytes) {
    }
}
