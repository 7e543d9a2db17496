package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The analyzer's own JFR reader, in the spirit of async-profiler's {@code JfrReader}: one chunk at
 * a time, memory-mapped (off the heap), decoding only GeoFlight's events and the stack traces and
 * threads they reference, skipping everything else by its size. A file that ends inside a chunk
 * (a JVM that crashed) yields every complete chunk before it.
 *
 * <p>Chunks are independent (each has its own metadata and constant pools), so a
 * {@link ParallelVisitor} gets them parsed on one thread per processor, each into a part of its
 * own, and merges the parts in file order.
 */
public final class ChunkRecordingReader implements RecordingReader {
    /** Chunks read but not yet merged, at most: each holds a part (its groups, sketches and grids). */
    private static final int READ_AHEAD_CHUNKS = 8;

    private final int threads;
    private final int readAheadChunks;

    public ChunkRecordingReader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads reader threads for a {@link ParallelVisitor}; 1 reads in the calling thread */
    public ChunkRecordingReader(int threads) {
        this(threads, READ_AHEAD_CHUNKS);
    }

    ChunkRecordingReader(int threads, int readAheadChunks) {
        this.threads = Math.max(1, threads);
        this.readAheadChunks = Math.max(1, readAheadChunks);
    }

    @Override
    public void read(Path file, RecordingVisitor visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ChunkHeader.Layout layout = ChunkHeader.scan(channel);
            if (layout.chunks().isEmpty()) {
                throw new NotARecordingException("truncated JFR recording: no complete chunk");
            }
            if (threads > 1 && layout.chunks().size() > 1 && visitor instanceof ParallelVisitor<?> parallel) {
                readInParallel(channel, layout, parallel);
            } else if (visitor instanceof ParallelVisitor<?> parallel) {
                readInOrder(channel, layout, parallel);
            } else {
                JfrInput in = new JfrInput();
                DerivedNames names = new DerivedNames();
                for (ChunkHeader chunk : layout.chunks()) {
                    parse(channel, chunk, in, names, visitor);
                    visitor.progress(chunk.position() + chunk.size(), layout.fileBytes());
                }
            }
            if (layout.truncated()) {
                visitor.truncated(layout.chunks().size(), layout.usableBytes(), layout.fileBytes());
            }
        }
    }

    /** Part by part as in parallel, on this thread: the result cannot depend on the number of threads. */
    private static <P extends RecordingVisitor> void readInOrder(FileChannel channel, ChunkHeader.Layout layout,
                                                                 ParallelVisitor<P> visitor) throws IOException {
        JfrInput in = new JfrInput();
        DerivedNames names = new DerivedNames();
        for (int i = 0; i < layout.chunks().size(); i++) {
            ChunkHeader chunk = layout.chunks().get(i);
            P part = visitor.part(i);
            parse(channel, chunk, in, names, part);
            visitor.merge(part);
            visitor.progress(chunk.position() + chunk.size(), layout.fileBytes());
        }
    }

    private static void parse(FileChannel channel, ChunkHeader chunk, JfrInput in, DerivedNames names,
                              RecordingVisitor visitor) throws IOException {
        // Integers are read as compressed whatever the feature flag says: the JDK always
        // compresses, and async-profiler's writer does too without always setting the flag.
        MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, chunk.position(), chunk.size());
        try {
            in.chunk(bytes);
            new ChunkParser(in, chunk, visitor, names).parse();
        } catch (RuntimeException e) {
            // Buffer underflows and bad casts inside a damaged chunk: report them as what they are.
            throw new IOException("corrupt recording: chunk at offset " + chunk.position() + " cannot be parsed ("
                    + e + ")", e);
        }
    }

    private <P extends RecordingVisitor> void readInParallel(FileChannel channel, ChunkHeader.Layout layout,
                                                             ParallelVisitor<P> visitor) throws IOException {
        MergeWindow window = new MergeWindow(readAheadChunks);
        // Per reader thread: the string caches survive from chunk to chunk, as in one thread.
        ThreadLocal<JfrInput> inputs = ThreadLocal.withInitial(JfrInput::new);
        ThreadLocal<DerivedNames> names = ThreadLocal.withInitial(DerivedNames::new);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, layout.chunks().size()), task -> {
            Thread thread = new Thread(task, "geoflight-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<P>> parts = new ArrayList<>();
            for (ChunkHeader header : layout.chunks()) {
                int index = parts.size();
                parts.add(pool.submit(() -> {
                    window.await(index);
                    P part = visitor.part(index);
                    parse(channel, header, inputs.get(), names.get(), part);
                    return part;
                }));
            }
            for (int i = 0; i < parts.size(); i++) {
                P part = merged(parts.get(i));
                visitor.merge(part);
                window.merged();
                ChunkHeader header = layout.chunks().get(i);
                visitor.progress(header.position() + header.size(), layout.fileBytes());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Parts not yet merged hold memory of their own (groups, sketches, grids): a chunk is read
     * only when it is at most {@code limit} chunks ahead of the next to merge. By chunk index,
     * not a count of permits: a later chunk must never take the place the next one waits for.
     */
    private static final class MergeWindow {
        private final int limit;
        private int merged;

        MergeWindow(int limit) {
            this.limit = limit;
        }

        synchronized void await(int chunk) throws InterruptedException {
            while (chunk >= merged + limit) {
                wait();
            }
        }

        synchronized void merged() {
            merged++;
            notifyAll();
        }
    }

    private static <P> P merged(Future<P> part) throws IOException, InterruptedException {
        try {
            return part.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static IOException rethrown(Throwable failure) {
        if (failure instanceof IOException e) {
            return e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        return new IOException(failure);
    }
}
