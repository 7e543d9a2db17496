package dev.geoflight.analyzer.read;

import java.util.function.Consumer;

/**
 * A visitor that lets {@link ChunkRecordingReader} parse a file's chunks on several threads. Each
 * chunk gets a {@link Part} of its own, fed on a reader thread with that chunk's events. What
 * depends on the order of events comes back to the reading thread in batches, in file order
 * ({@link #replay}); so does each part once its chunk is done ({@link #merge}). A reader that
 * reads in one thread uses the plain {@link RecordingVisitor} methods instead.
 *
 * @param <P> one chunk's part
 * @param <B> a batch of order-dependent work
 */
public interface ParallelVisitor<P extends ParallelVisitor.Part, B> extends RecordingVisitor {

    /**
     * A part for one chunk, used on a reader thread.
     *
     * @param chunk   the chunk's place in the file, 0 first
     * @param ordered takes the part's batches in order; may block until the reading thread catches up
     */
    P part(int chunk, Consumer<B> ordered);

    /** On the reading thread, in file order: one batch of a part. */
    void replay(B batch);

    /** On the reading thread, in file order, after the part's last batch. */
    void merge(P part);

    /** One chunk's visitor. */
    interface Part extends RecordingVisitor {
        /** The chunk is done: hand over the last batch. */
        void end();
    }
}
