package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed 68-byte header that starts every JFR chunk. Offsets are relative to the chunk start.
 * Reading only the headers tells where every complete chunk is, which is how a crashed JVM's
 * truncated file is still put to use.
 */
public record ChunkHeader(
        long position,
        int majorVersion,
        int minorVersion,
        long size,
        long constantPoolOffset,
        long metadataOffset,
        long startEpochNanos,
        long durationNanos,
        long startTicks,
        long ticksPerSecond,
        int features) {

    public static final int SIZE = 68;
    public static final int MAGIC = 0x464c5200; // "FLR\0"

    /** A chunk whose header was finalized: the JVM wrote its size and its metadata and constants. */
    public boolean complete(long fileSize) {
        return size >= SIZE && position + size <= fileSize && constantPoolOffset > 0 && metadataOffset > 0;
    }

    /** The complete chunks of a file, in order, and whether the file ends in an incomplete one. */
    public record Layout(List<ChunkHeader> chunks, boolean truncated, long usableBytes, long fileBytes) {
    }

    /**
     * @throws NotARecordingException when the file does not start with a JFR chunk
     */
    public static Layout scan(FileChannel channel) throws IOException {
        long fileSize = channel.size();
        List<ChunkHeader> chunks = new ArrayList<>();
        long position = 0;
        ByteBuffer buffer = ByteBuffer.allocate(SIZE);
        if (fileSize == 0) {
            throw new NotARecordingException("empty file, not a JFR recording");
        }
        while (position < fileSize) {
            ChunkHeader header = position + SIZE <= fileSize ? read(channel, position, buffer) : null;
            if (header == null) {
                if (position == 0) {
                    throw new NotARecordingException("not a JFR recording (no FLR chunk header)");
                }
                return new Layout(chunks, true, position, fileSize);
            }
            if (header.majorVersion() != 2) {
                throw new NotARecordingException("unsupported JFR format version "
                        + header.majorVersion() + "." + header.minorVersion() + " (2.x is supported)");
            }
            if (!header.complete(fileSize)) {
                return new Layout(chunks, true, position, fileSize);
            }
            chunks.add(header);
            position += header.size();
        }
        return new Layout(chunks, false, position, fileSize);
    }

    private static ChunkHeader read(FileChannel channel, long position, ByteBuffer buffer) throws IOException {
        buffer.clear();
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        buffer.flip();
        if (buffer.getInt(0) != MAGIC) {
            return null;
        }
        return new ChunkHeader(position,
                buffer.getShort(4) & 0xffff, buffer.getShort(6) & 0xffff,
                buffer.getLong(8), buffer.getLong(16), buffer.getLong(24),
                buffer.getLong(32), buffer.getLong(40), buffer.getLong(48), buffer.getLong(56),
                buffer.getInt(64));
    }
}
