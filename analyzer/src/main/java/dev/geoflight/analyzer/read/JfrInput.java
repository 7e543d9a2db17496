package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads JFR's primitive encodings from one chunk: LEB128 varints (the JDK and async-profiler
 * always compress integers), big-endian floats and doubles, and strings in their five encodings.
 *
 * <p>The chunk stays memory-mapped (off the heap); a window of it is copied into a heap array,
 * because reading a byte array is several times faster than reading a mapped buffer byte by
 * byte. Callers {@link #ensure} a whole record (event, metadata, checkpoint) before reading it,
 * so the primitive reads need no checks of their own beyond the array's bounds.
 *
 * <p>Short Latin-1/UTF-8 strings are interned through a small cache, so the millions of
 * repeated operation and layer names in a recording cost neither allocation nor re-hashing.
 */
final class JfrInput {
    static final int STRING_NULL = 0;
    static final int STRING_EMPTY = 1;
    static final int STRING_CONSTANT = 2;
    static final int STRING_UTF8 = 3;
    static final int STRING_CHARS = 4;
    static final int STRING_LATIN1 = 5;

    private static final int WINDOW = 4 << 20;
    /**
     * Spare bytes past a full window. The JIT checks the bounds of {@link #varlong}'s loop once,
     * for all nine bytes it might read; without room for them a varint in a window's last bytes
     * fails that check, and the compiled parser is thrown away and compiled again (0.1 s each).
     */
    private static final int PADDING = 16;
    private static final int CACHE_SIZE = 4096;
    private static final int CACHED_MAX_LENGTH = 96;
    private static final byte KIND_UTF8 = 1;
    private static final byte KIND_LATIN1 = 2;
    private static final byte KIND_ASCII_CHARS = 3;

    private ByteBuffer chunk;
    private byte[] window = new byte[0];
    /** The window as little-endian longs, for the string cache's keys. */
    private ByteBuffer windowLongs = ByteBuffer.wrap(window).order(ByteOrder.LITTLE_ENDIAN);
    /** The window as JFR's big-endian floats and doubles. */
    private ByteBuffer windowBigEndian = ByteBuffer.wrap(window);
    /** Chunk offset of window[0]. */
    private long base;
    private int length;
    private int pos;

    private final byte[][] cacheBytes = new byte[CACHE_SIZE][];
    private final String[] cacheStrings = new String[CACHE_SIZE];
    /** What a cached byte range encodes: UTF-8, Latin-1 or ASCII characters as varints. */
    private final byte[] cacheKind = new byte[CACHE_SIZE];
    private final int[] cacheLength = new int[CACHE_SIZE];
    private final long[] cacheA = new long[CACHE_SIZE];
    private final long[] cacheB = new long[CACHE_SIZE];
    /** Key material of the range {@link #slot} saw last. */
    private long keyA;
    private long keyB;
    private int evictions;
    private boolean rememberNew = true;
    private static final int FIELDS = 64;
    /** Longer strings are rare in the fields worth remembering, and decoded each time. */
    private static final int MEMO_MAX_BYTES = 128;
    /** Per event field: the bytes of its last inline string (0 = none yet) and that string. */
    private final int[] memoLength = new int[FIELDS];
    private final byte[][] memoBytes = new byte[FIELDS][];
    private final String[] memoValue = new String[FIELDS];
    private final long[] constantKeys = new long[CACHE_SIZE];
    private final String[] constantValues = new String[CACHE_SIZE];
    /** Resolves encoding 2 (a reference into the java.lang.String constant pool). */
    private ConstantLookup constants = key -> null;

    interface ConstantLookup {
        String string(long key);
    }

    interface Parser<T> {
        T parse(JfrInput in) throws IOException;
    }

    /** Bytes of the last range {@link #reuse} parsed, and what they parsed into. */
    private byte[] reusedBytes = new byte[0];
    private Object reused;

    /**
     * What {@code parser} makes of the bytes from here to {@code end} (a chunk offset within the
     * current record): the last result again when those bytes equal the last ones given here.
     */
    @SuppressWarnings("unchecked")
    <T> T reuse(long end, Parser<T> parser) throws IOException {
        int count = (int) (end - position());
        if (reused != null && Arrays.equals(window, pos, pos + count, reusedBytes, 0, reusedBytes.length)) {
            pos += count;
            return (T) reused;
        }
        byte[] bytes = Arrays.copyOfRange(window, pos, pos + count);
        T value = parser.parse(this);
        reusedBytes = bytes;
        reused = value;
        return value;
    }

    /**
     * Starts on the next chunk (position 0 is its header; its integers are compressed). One
     * input serves all chunks of a file, so interned strings survive from chunk to chunk; pool
     * keys do not, they are the chunk's own.
     */
    void chunk(ByteBuffer next) {
        this.chunk = next;
        this.base = 0;
        this.length = 0;
        this.pos = 0;
        Arrays.fill(constantValues, null);
        this.constants = key -> null;
    }

    void constants(ConstantLookup lookup) {
        this.constants = lookup;
    }

    /**
     * Like {@link #constants(ConstantLookup)}, and looks up these keys at once. A cache that starts
     * each chunk empty would miss on the next chunk's first events, a branch the JIT did not see
     * taken while it compiled the event decoder during the first chunk: that compiled code would
     * be thrown away and compiled again (about 0.1 s of JIT time).
     */
    void constants(ConstantLookup lookup, Iterable<Long> keys) {
        constants(lookup);
        for (long key : keys) {
            constant(key);
        }
    }

    long position() {
        return base + pos;
    }

    long limit() {
        return chunk.limit();
    }

    /** Moves to a chunk offset; at least {@code ensure}d bytes are then readable. */
    void position(long offset) throws IOException {
        if (offset < 0 || offset > chunk.limit()) {
            throw new IOException("corrupt recording: offset " + offset + " outside its chunk of " + chunk.limit() + " bytes");
        }
        if (offset >= base && offset <= base + length) {
            pos = (int) (offset - base);
        } else {
            fill(offset, WINDOW);
        }
    }

    /**
     * Moves to the record (event, metadata or checkpoint) at a chunk offset and makes all of it
     * readable. Returns its size; the position is then just past the size field.
     */
    int record(long offset) throws IOException {
        position(offset);
        ensure(Math.min(10, chunk.limit() - offset));
        int start = pos;
        long size = varlong();
        if (size <= 0 || offset + size > chunk.limit()) {
            throw new IOException("corrupt recording: record of " + size + " bytes at offset " + offset);
        }
        int sizeField = pos - start;
        pos = start;
        ensure(size);
        pos += sizeField;
        return (int) size;
    }

    /** Makes the next {@code bytes} bytes readable from the window (fewer at the chunk's end). */
    void ensure(long bytes) throws IOException {
        if (bytes < 0 || bytes > chunk.limit()) {
            throw new IOException("corrupt recording: record of " + bytes + " bytes");
        }
        if (pos + bytes > length && base + length < chunk.limit()) {
            fill(base + pos, (int) Math.max(WINDOW, bytes));
        }
    }

    private void fill(long offset, int size) {
        int n = (int) Math.min(size, chunk.limit() - offset);
        if (window.length < n + PADDING) {
            window = new byte[Math.max(n, WINDOW) + PADDING];
            windowLongs = ByteBuffer.wrap(window).order(ByteOrder.LITTLE_ENDIAN);
            windowBigEndian = ByteBuffer.wrap(window);
        }
        chunk.get((int) offset, window, 0, n);
        base = offset;
        length = n;
        pos = 0;
    }

    int varint() {
        return (int) varlong();
    }

    long varlong() {
        byte[] w = window;
        int p = pos;
        long result = 0;
        for (int shift = 0; shift < 56; shift += 7) {
            byte b = w[p++];
            result |= (b & 0x7fL) << shift;
            if (b >= 0) {
                pos = p;
                return result;
            }
        }
        result |= (w[p++] & 0xffL) << 56;
        pos = p;
        return result;
    }

    int rawByte() {
        return window[pos++];
    }

    float float32() {
        float value = windowBigEndian.getFloat(pos);
        pos += 4;
        return value;
    }

    double float64() {
        double value = windowBigEndian.getDouble(pos);
        pos += 8;
        return value;
    }

    void skip(int bytes) {
        pos += bytes;
    }

    /**
     * A string of a given event field (0..63). A field mostly repeats its last value (the same
     * operation, layer, geometry type or complexity call after call): when the bytes here equal
     * the field's last inline string byte for byte (encoding, length and characters: a complete
     * token, so a prefix cannot match), that string is returned without decoding anything.
     * Constant-pool references are not remembered: their meaning changes from chunk to chunk.
     * Compared with {@link Arrays#equals}, not as two longs read through a {@code ByteBuffer}:
     * before C2 has compiled them, the buffer's accessors cost a cold run 2-5 % (paired rounds).
     */
    String string(int field) throws IOException {
        if (field >= FIELDS) {
            return string();
        }
        int p = pos;
        int count = memoLength[field];
        if (count > 0 && p + count <= length && Arrays.equals(window, p, p + count, memoBytes[field], 0, count)) {
            pos = p + count;
            return memoValue[field];
        }
        int encoding = window[p];
        String value = string();
        int used = pos - p;
        if ((encoding == STRING_UTF8 || encoding == STRING_CHARS || encoding == STRING_LATIN1) && used <= MEMO_MAX_BYTES) {
            byte[] bytes = memoBytes[field];
            if (bytes == null) {
                bytes = new byte[MEMO_MAX_BYTES];
                memoBytes[field] = bytes;
            }
            System.arraycopy(window, p, bytes, 0, used);
            memoLength[field] = used;
            memoValue[field] = value;
        }
        return value;
    }

    String string() throws IOException {
        int encoding = window[pos++];
        switch (encoding) {
            case STRING_NULL:
                return null;
            case STRING_EMPTY:
                return "";
            case STRING_CONSTANT:
                return constant(varlong());
            case STRING_UTF8:
                return bytes(varint(), true);
            case STRING_CHARS:
                return chars(varint());
            case STRING_LATIN1:
                return bytes(varint(), false);
            default:
                throw new IOException("corrupt recording: unknown string encoding " + encoding + " at " + (position() - 1));
        }
    }

    void skipString() throws IOException {
        int encoding = window[pos++];
        switch (encoding) {
            case STRING_NULL, STRING_EMPTY -> { }
            case STRING_CONSTANT -> varlong();
            case STRING_UTF8, STRING_LATIN1 -> skip(varint());
            case STRING_CHARS -> {
                int count = varint();
                for (int i = 0; i < count; i++) {
                    varint();
                }
            }
            default -> throw new IOException("corrupt recording: unknown string encoding " + encoding);
        }
    }

    /** Encoding 2: a key into the String pool; a direct-mapped cache saves the boxed map lookup. */
    private String constant(long key) {
        int slot = (int) (key & (CACHE_SIZE - 1));
        if (constantKeys[slot] == key && constantValues[slot] != null) {
            return constantValues[slot];
        }
        String value = constants.string(key);
        constantKeys[slot] = key;
        constantValues[slot] = value;
        return value;
    }

    /**
     * Encoding 4, which the JDK uses for every string up to 16 characters in events: one varint
     * per character. An ASCII string's encoding is its bytes, so it is looked up by those bytes
     * in the same cache as byte strings, without decoding a character.
     */
    private String chars(int count) throws IOException {
        checkLength(count);
        if (count <= CACHED_MAX_LENGTH) {
            int way = cached(slot(pos, count, KIND_ASCII_CHARS), pos, count, KIND_ASCII_CHARS);
            if (way >= 0) {
                pos += count;
                return cacheStrings[way];
            }
        }
        int start = pos;
        boolean ascii = true;
        char[] chars = new char[count];
        byte[] w = window;
        for (int i = 0; i < count; i++) {
            byte b = w[pos];
            if (b >= 0) {
                pos++;
                chars[i] = (char) b;
            } else {
                ascii = false;
                chars[i] = (char) varint();
            }
        }
        String value = new String(chars);
        if (ascii && count <= CACHED_MAX_LENGTH && rememberNew) {
            remember(slot(start, count, KIND_ASCII_CHARS), start, count, KIND_ASCII_CHARS, value);
        }
        return value;
    }

    /**
     * Whether strings not yet in the cache are put there (the default). Off while reading values
     * that are each unique, such as the latency histograms of statistics rows: cached, they
     * evicted the names that events repeat, and each name's next miss was a branch the JIT had
     * compiled away, so the compiled event decoder was thrown away and compiled again.
     */
    void rememberNewStrings(boolean remember) {
        rememberNew = remember;
    }

    /** Stores a range in the set {@link #slot} just computed for it: an empty way, else the other one in turn. */
    private void remember(int set, int start, int count, byte kind, String value) {
        int slot = cacheKind[set] == 0 ? set : cacheKind[set + 1] == 0 ? set + 1 : set + (evictions++ & 1);
        cacheBytes[slot] = Arrays.copyOfRange(window, start, start + count);
        cacheStrings[slot] = value;
        cacheKind[slot] = kind;
        cacheLength[slot] = count;
        cacheA[slot] = keyA;
        cacheB[slot] = keyB;
    }

    private void checkLength(int count) throws IOException {
        if (count < 0 || count > length - pos) {
            throw new IOException("corrupt recording: string of " + count + " at " + position());
        }
    }

    /**
     * Cache slot of a byte range. Its first and last eight bytes (the bytes themselves when
     * shorter) are kept in {@link #keyA} and {@link #keyB}: with the length they <em>are</em> the
     * range up to 16 bytes, so most names compare as two longs, without touching the bytes.
     */
    private int slot(int start, int count, byte kind) {
        keys(start, count);
        long h = (count * 4L + kind) * 0x9E3779B97F4A7C15L + keyA;
        h = (h * 0x9E3779B97F4A7C15L + keyB) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 52) & (CACHE_SIZE - 2);
    }

    /** Sets {@link #keyA} and {@link #keyB} to a byte range's first and last eight bytes (the bytes themselves when shorter). */
    private void keys(int start, int count) {
        byte[] w = window;
        long a;
        long b = 0;
        if (count >= 8) {
            a = windowLongs.getLong(start);
            b = windowLongs.getLong(start + count - 8);
        } else if (start + 8 <= w.length) {
            a = windowLongs.getLong(start) & ((1L << (count << 3)) - 1);
        } else {
            a = 0;
            for (int i = 0; i < count; i++) {
                a |= (w[start + i] & 0xffL) << (i << 3);
            }
        }
        keyA = a;
        keyB = b;
    }

    /**
     * The way of the two-way set at {@code set} (from {@link #slot}, which computed the keys)
     * that holds this byte range, or -1. Two ways, so that two names used together whose hashes
     * collide do not evict each other on every event.
     */
    private int cached(int set, int start, int count, byte kind) {
        for (int way = set; way <= set + 1; way++) {
            if (cacheKind[way] == kind && cacheLength[way] == count && cacheA[way] == keyA && cacheB[way] == keyB
                    && (count <= 16 || Arrays.equals(cacheBytes[way], 0, count, window, start, start + count))) {
                return way;
            }
        }
        return -1;
    }

    private String bytes(int count, boolean utf8) throws IOException {
        checkLength(count);
        int start = pos;
        pos += count;
        if (count > CACHED_MAX_LENGTH) {
            return new String(window, start, count, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        byte kind = utf8 ? KIND_UTF8 : KIND_LATIN1;
        int set = slot(start, count, kind);
        int way = cached(set, start, count, kind);
        if (way >= 0) {
            return cacheStrings[way];
        }
        String value = new String(window, start, count, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        if (rememberNew) {
            remember(set, start, count, kind, value);
        }
        return value;
    }
}
