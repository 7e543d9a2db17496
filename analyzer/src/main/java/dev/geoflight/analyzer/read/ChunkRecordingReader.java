package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The analyzer's own JFR reader, in the spirit of async-profiler's {@code JfrReader}: one chunk at
 * a time, memory-mapped (off the heap), decoding only GeoFlight's events and the stack traces and
 * threads they reference, skipping everything else by its size. A file that ends inside a chunk
 * (a JVM that crashed) yields every complete chunk before it.
 *
 * <p>Chunks are independent (each has its own metadata and constant pools), so a
 * {@link ParallelVisitor} gets them parsed on one thread per processor; everything reaches the
 * visitor in file order all the same.
 */
public final class ChunkRecordingReader implements RecordingReader {
    /** Batches reader threads may hold ahead of the reading thread (a batch is about a thousand calls). */
    private static final int READ_AHEAD_BATCHES = 128;

    private final int threads;
    private final int readAheadBatches;

    public ChunkRecordingReader() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param threads reader threads for a {@link ParallelVisitor}; 1 reads in the calling thread */
    public ChunkRecordingReader(int threads) {
        this(threads, READ_AHEAD_BATCHES);
    }

    ChunkRecordingReader(int threads, int readAheadBatches) {
        this.threads = Math.max(1, threads);
        this.readAheadBatches = readAheadBatches;
    }

    @Override
    public void read(Path file, RecordingVisitor visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ChunkHeader.Layout layout = ChunkHeader.scan(channel);
            if (layout.chunks().isEmpty()) {
                throw new NotARecordingException("truncated JFR recording: no complete chunk");
            }
            if (threads > 1 && layout.chunks().size() > 1 && visitor instanceof ParallelVisitor<?, ?> parallel) {
                readInParallel(channel, layout, parallel);
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

    /** One chunk on its way from a reader thread: its batches, then its part or its failure. */
    private static final class Chunk<P, B> {
        final BlockingQueue<Handed<B>> handed = new LinkedBlockingQueue<>();
        P part;
        Throwable failure;
    }

    /** A batch, or (null) the end of a chunk. */
    private record Handed<B>(B batch) {
    }

    private <P extends ParallelVisitor.Part, B> void readInParallel(FileChannel channel, ChunkHeader.Layout layout,
                                                                    ParallelVisitor<P, B> visitor) throws IOException {
        ReadAhead readAhead = new ReadAhead(readAheadBatches);
        // Per reader thread: the string caches survive from chunk to chunk, as in one thread.
        ThreadLocal<JfrInput> inputs = ThreadLocal.withInitial(JfrInput::new);
        ThreadLocal<DerivedNames> names = ThreadLocal.withInitial(DerivedNames::new);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, layout.chunks().size()), task -> {
            Thread thread = new Thread(task, "geoflight-reader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Chunk<P, B>> chunks = new ArrayList<>();
            for (ChunkHeader header : layout.chunks()) {
                int index = chunks.size();
                Chunk<P, B> chunk = new Chunk<>();
                chunks.add(chunk);
                pool.execute(() -> {
                    try {
                        chunk.part = visitor.part(index, batch -> {
                            try {
                                readAhead.acquire(index);
                            } catch (InterruptedException e) {
                                throw new IllegalStateException("reading was abandoned", e);
                            }
                            chunk.handed.add(new Handed<>(batch));
                        });
                        parse(channel, header, inputs.get(), names.get(), chunk.part);
                        chunk.part.end();
                    } catch (Throwable e) {
                        chunk.failure = e;
                    } finally {
                        chunk.handed.add(new Handed<>(null));
                    }
                });
            }
            for (int i = 0; i < chunks.size(); i++) {
                Chunk<P, B> chunk = chunks.get(i);
                readAhead.head(i);
                for (Handed<B> handed = chunk.handed.take(); handed.batch() != null; handed = chunk.handed.take()) {
                    readAhead.release();
                    visitor.replay(handed.batch());
                }
                if (chunk.failure != null) {
                    throw rethrown(chunk.failure);
                }
                visitor.merge(chunk.part);
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
