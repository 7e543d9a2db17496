package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The analyzer's own JFR reader, in the spirit of async-profiler's {@code JfrReader}: one chunk at
 * a time, memory-mapped (off the heap), decoding only GeoFlight's events and the stack traces and
 * threads they reference, skipping everything else by its size. A file that ends inside a chunk
 * (a JVM that crashed) yields every complete chunk before it.
 */
public final class ChunkRecordingReader implements RecordingReader {

    @Override
    public void read(Path file, RecordingVisitor visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ChunkHeader.Layout layout = ChunkHeader.scan(channel);
            if (layout.chunks().isEmpty()) {
                throw new NotARecordingException("truncated JFR recording: no complete chunk");
            }
            DerivedNames names = new DerivedNames();
            JfrInput in = new JfrInput();
            for (ChunkHeader chunk : layout.chunks()) {
                // Integers are read as compressed whatever the feature flag says: the JDK always
                // compresses, and async-profiler's writer does too without always setting the flag.
                MappedByteBuffer bytes = channel.map(FileChannel.MapMode.READ_ONLY, chunk.position(), chunk.size());
                try {
                    in.chunk(bytes);
                    new ChunkParser(in, chunk, visitor, names).parse();
                    visitor.progress(chunk.position() + chunk.size(), layout.fileBytes());
                } catch (RuntimeException e) {
                    // Buffer underflows and bad casts inside a damaged chunk: report them as what they are.
                    throw new IOException("corrupt recording: chunk at offset " + chunk.position() + " cannot be parsed ("
                            + e + ")", e);
                }
            }
            if (layout.truncated()) {
                visitor.truncated(layout.chunks().size(), layout.usableBytes(), layout.fileBytes());
            }
        }
    }
}
