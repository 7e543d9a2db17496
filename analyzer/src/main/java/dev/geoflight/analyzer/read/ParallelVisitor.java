package dev.geoflight.analyzer.read;

/**
 * A visitor that lets {@link ChunkRecordingReader} parse a file's chunks on several threads. Each
 * chunk gets a part of its own, fed on a reader thread with that chunk's events; the reading
 * thread then merges the parts in file order. A reader that knows no chunks (the JDK's) uses the
 * plain {@link RecordingVisitor} methods instead.
 *
 * @param <P> one chunk's part
 */
public interface ParallelVisitor<P extends RecordingVisitor> extends RecordingVisitor {

    /** A part for one chunk, used on a reader thread; {@code chunk} is its place in the file, 0 first. */
    P part(int chunk);

    /** On the reading thread, in file order, once the part's chunk is read. */
    void merge(P part);
}
