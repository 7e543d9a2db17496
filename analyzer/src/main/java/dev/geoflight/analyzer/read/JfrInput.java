package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads JFR's primitive encodings from one chunk's bytes: LEB128 varints (the JDK and
 * async-profiler always compress integers), big-endian floats and doubles, and strings in their five encodings.
 * Short Latin-1/UTF-8 strings are interned through a small cache, so the millions of repeated
 * operation and layer names in a recording cost neither allocation nor re-hashing.
 */
final class JfrInput {
    static final int STRING_NULL = 0;
    static final int STRING_EMPTY = 1;
    static final int STRING_CONSTANT = 2;
    static final int STRING_UTF8 = 3;
    static final int STRING_CHARS = 4;
    static final int STRING_LATIN1 = 5;

    private static final int CACHE_SIZE = 4096;
    private static final int CACHED_MAX_LENGTH = 96;

    private final ByteBuffer buffer;
    private final byte[][] cacheBytes = new byte[CACHE_SIZE][];
    private final String[] cacheStrings = new String[CACHE_SIZE];
    private final boolean[] utf8Slots = new boolean[CACHE_SIZE];
    private final byte[] scratch = new byte[CACHED_MAX_LENGTH];
    /** Resolves encoding 2 (a reference into the java.lang.String constant pool). */
    private ConstantLookup constants = key -> null;

    interface ConstantLookup {
        String string(long key);
    }

    /** @param buffer one chunk whose integers are compressed (the chunk header's feature flag 1) */
    JfrInput(ByteBuffer buffer) {
        this.buffer = buffer;
    }

    void constants(ConstantLookup lookup) {
        this.constants = lookup;
    }

    int position() {
        return buffer.position();
    }

    void position(long position) throws IOException {
        if (position < 0 || position > buffer.limit()) {
            throw new IOException("corrupt recording: offset " + position + " outside its chunk of " + buffer.limit() + " bytes");
        }
        buffer.position((int) position);
    }

    int limit() {
        return buffer.limit();
    }

    int varint() {
        return (int) varlong();
    }

    long varlong() {
        long result = 0;
        for (int shift = 0; shift < 56; shift += 7) {
            byte b = buffer.get();
            result |= (b & 0x7fL) << shift;
            if (b >= 0) {
                return result;
            }
        }
        return result | (buffer.get() & 0xffL) << 56;
    }

    int rawByte() {
        return buffer.get();
    }

    float float32() {
        return buffer.getFloat();
    }

    double float64() {
        return buffer.getDouble();
    }

    void skip(int bytes) {
        buffer.position(buffer.position() + bytes);
    }

    String string() throws IOException {
        int encoding = buffer.get();
        switch (encoding) {
            case STRING_NULL:
                return null;
            case STRING_EMPTY:
                return "";
            case STRING_CONSTANT:
                return constants.string(varlong());
            case STRING_UTF8:
                return bytes(varint(), true);
            case STRING_CHARS: {
                int length = varint();
                char[] chars = new char[length];
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) varint();
                }
                return new String(chars);
            }
            case STRING_LATIN1:
                return bytes(varint(), false);
            default:
                throw new IOException("corrupt recording: unknown string encoding " + encoding + " at " + (buffer.position() - 1));
        }
    }

    void skipString() throws IOException {
        int encoding = buffer.get();
        switch (encoding) {
            case STRING_NULL, STRING_EMPTY -> { }
            case STRING_CONSTANT -> varlong();
            case STRING_UTF8, STRING_LATIN1 -> skip(varint());
            case STRING_CHARS -> {
                int length = varint();
                for (int i = 0; i < length; i++) {
                    varint();
                }
            }
            default -> throw new IOException("corrupt recording: unknown string encoding " + encoding);
        }
    }

    private String bytes(int length, boolean utf8) throws IOException {
        if (length < 0 || length > buffer.remaining()) {
            throw new IOException("corrupt recording: string of " + length + " bytes at " + buffer.position());
        }
        if (length > CACHED_MAX_LENGTH) {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return new String(bytes, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        int hash = utf8 ? 1 : 2;
        for (int i = 0; i < length; i++) {
            byte b = buffer.get();
            scratch[i] = b;
            hash = 31 * hash + b;
        }
        int slot = (hash ^ (hash >>> 16)) & (CACHE_SIZE - 1);
        byte[] cached = cacheBytes[slot];
        if (cached != null && utf8Slots[slot] == utf8 && java.util.Arrays.equals(cached, 0, cached.length, scratch, 0, length)) {
            return cacheStrings[slot];
        }
        String value = new String(scratch, 0, length, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        cacheBytes[slot] = java.util.Arrays.copyOf(scratch, length);
        cacheStrings[slot] = value;
        utf8Slots[slot] = utf8;
        return value;
    }
}
