package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One chunk's constant pools. Only the pools that GeoFlight's events reach are used: strings and
 * threads are decoded at once (they are few); stack traces and the frames, methods, classes and
 * symbols behind them are only indexed (key → offset) and decoded when a GeoFlight event refers
 * to them, because a recording with the JDK's sampling events holds tens of thousands of traces
 * per chunk that no GeoFlight event needs. Every other pool is skipped value by value. Resolved
 * traces and thread names are cached, so each distinct trace becomes one {@link StackTrace}.
 */
final class ConstantPools {
    private static final int CHECKPOINT_TYPE = 1;
    private static final List<String> DECODED = List.of("java.lang.String", "java.lang.Thread");
    private static final List<String> INDEXED = List.of("jdk.types.StackTrace", "jdk.types.StackFrame",
            "jdk.types.Method", "java.lang.Class", "jdk.types.Symbol");

    private final JfrMetadata metadata;
    private final Map<Long, Map<Long, Object>> pools = new HashMap<>();
    /** Offsets of the indexed pools' values, per type id. */
    private final Map<Long, LongLongMap> offsets = new HashMap<>();
    /** Start and end offsets of the checkpoints, to make a whole indexed value readable again. */
    private final java.util.TreeMap<Long, Long> checkpoints = new java.util.TreeMap<>();
    private JfrInput in;
    private final Map<Long, StackTrace> stackTraces = new HashMap<>();
    private final Map<Long, String> threadNames = new HashMap<>();
    private final Map<Long, String> classNames = new HashMap<>();
    private final Map<Long, String[]> methodNames = new HashMap<>();
    /** Direct-mapped caches in front of the maps: most events reuse a few threads and traces. */
    private static final int RECENT = 1024;
    private final long[] recentThreadKeys = new long[RECENT];
    private final String[] recentThreadNames = new String[RECENT];
    private final long[] recentTraceKeys = new long[RECENT];
    private final StackTrace[] recentTraces = new StackTrace[RECENT];
    private final JfrMetadata.Type stringType;
    private final JfrMetadata.Type threadType;
    private final JfrMetadata.Type stackTraceType;
    private final JfrMetadata.Type frameType;
    private final JfrMetadata.Type methodType;
    private final JfrMetadata.Type classType;
    private final JfrMetadata.Type symbolType;

    ConstantPools(JfrMetadata metadata) {
        this.metadata = metadata;
        this.stringType = metadata.typesByName.get("java.lang.String");
        this.threadType = metadata.typesByName.get("java.lang.Thread");
        this.stackTraceType = metadata.typesByName.get("jdk.types.StackTrace");
        this.frameType = metadata.typesByName.get("jdk.types.StackFrame");
        this.methodType = metadata.typesByName.get("jdk.types.Method");
        this.classType = metadata.typesByName.get("java.lang.Class");
        this.symbolType = metadata.typesByName.get("jdk.types.Symbol");
    }

    /** Reads every checkpoint of the chunk, following the chain back from the last one. */
    void read(JfrInput in, long lastCheckpoint) throws IOException {
        this.in = in;
        long offset = lastCheckpoint;
        for (int seen = 0; ; seen++) {
            if (seen > 1_000_000) {
                throw new IOException("corrupt recording: constant pool chain does not end");
            }
            int size = in.record(offset);
            checkpoints.put(offset, offset + size);
            if (in.varlong() != CHECKPOINT_TYPE) {
                throw new IOException("corrupt recording: no constant pool at offset " + offset);
            }
            in.varlong(); // start time
            in.varlong(); // duration
            long delta = in.varlong();
            in.rawByte(); // checkpoint kind (flush, header, ...)
            int poolCount = in.varint();
            for (int p = 0; p < poolCount; p++) {
                JfrMetadata.Type type = metadata.type(in.varlong());
                int count = in.varint();
                if (DECODED.contains(type.name)) {
                    decode(in, type, count, pools.computeIfAbsent(type.id, id -> new HashMap<>()));
                } else {
                    skip(in, type, count, INDEXED.contains(type.name) ? offsets.computeIfAbsent(type.id, id -> new LongLongMap()) : null);
                }
            }
            if (delta == 0) {
                nameThreads();
                return;
            }
            offset += delta;
        }
    }

    /*
     * A pool's values are read by one of these two loops, not inside the loop over pools: a
     * file holds hundreds of thousands of pool values, and that loop, with everything a value
     * may need inlined, was compiled by C2 on the stack (0.07 to 0.14 s) near the end of the read.
     */

    private void decode(JfrInput in, JfrMetadata.Type type, int count, Map<Long, Object> pool) throws IOException {
        for (int i = 0; i < count; i++) {
            long key = in.varlong();
            pool.put(key, metadata.read(in, type));
        }
    }

    /** Skips the values, noting where each one sits when {@code where} is given. */
    private void skip(JfrInput in, JfrMetadata.Type type, int count, LongLongMap where) throws IOException {
        SkipPlan plan = metadata.skipPlan(type);
        for (int i = 0; i < count; i++) {
            long key = in.varlong();
            if (where != null) {
                where.put(key, in.position());
            }
            plan.skip(in);
        }
    }

    /**
     * Puts every thread of the chunk in the cache {@link #threadName} reads, before the chunk's
     * events: a chunk's first event of each thread would otherwise miss it, a branch taken only
     * by the first few events of a file, before the JIT profiles it. Compiled without that
     * branch, the event decoder was thrown away at the next chunk's first event and compiled
     * again (about 0.05 s of C2 time).
     */
    private void nameThreads() {
        Map<Long, Object> pool = threadType == null ? null : pools.get(threadType.id);
        if (pool != null) {
            for (long key : pool.keySet()) {
                threadName(key);
            }
        }
    }

    /** Keys of the chunk's String pool. */
    Iterable<Long> stringKeys() {
        Map<Long, Object> pool = stringType == null ? null : pools.get(stringType.id);
        return pool == null ? List.of() : pool.keySet();
    }

    String string(long key) {
        Object value = value(stringType, key);
        return value instanceof String s ? s : null;
    }

    String threadName(long key) {
        if (key == 0) {
            return "";
        }
        int slot = (int) (key & (RECENT - 1));
        if (recentThreadKeys[slot] == key && recentThreadNames[slot] != null) {
            return recentThreadNames[slot];
        }
        String name = threadNames.get(key);
        if (name == null) {
            Object[] thread = struct(threadType, key);
            String javaName = text(thread, threadType, "javaName");
            name = javaName != null ? javaName : text(thread, threadType, "osName");
            if (name == null) {
                name = "";
            }
            threadNames.put(key, name);
        }
        recentThreadKeys[slot] = key;
        recentThreadNames[slot] = name;
        return name;
    }

    StackTrace stackTrace(long key) {
        if (key == 0) {
            return StackTrace.EMPTY;
        }
        int slot = (int) (key & (RECENT - 1));
        if (recentTraceKeys[slot] == key && recentTraces[slot] != null) {
            return recentTraces[slot];
        }
        StackTrace trace = stackTraces.get(key);
        if (trace == null) {
            trace = resolveStackTrace(key);
            stackTraces.put(key, trace);
        }
        recentTraceKeys[slot] = key;
        recentTraces[slot] = trace;
        return trace;
    }

    private StackTrace resolveStackTrace(long key) {
        Object[] trace = struct(stackTraceType, key);
        if (trace == null) {
            return StackTrace.EMPTY;
        }
        Object truncated = field(trace, stackTraceType, "truncated");
        Object framesValue = field(trace, stackTraceType, "frames");
        List<Frame> frames = new ArrayList<>();
        if (framesValue instanceof Object[] array) {
            for (Object element : array) {
                Object[] frame = element instanceof Long ref ? struct(frameType, ref) : (Object[]) element;
                if (frame != null) {
                    frames.add(frame(frame));
                }
            }
        }
        return new StackTrace(List.copyOf(frames), Boolean.TRUE.equals(truncated));
    }

    private Frame frame(Object[] frame) {
        Object line = field(frame, frameType, "lineNumber");
        Object methodRef = field(frame, frameType, "method");
        String[] method = methodRef instanceof Long ref ? method(ref) : new String[] {"", ""};
        return new Frame(method[0], method[1], line instanceof Long l ? l.intValue() : -1);
    }

    /** Class and method name of a method, cached: many traces share their outer frames. */
    private String[] method(long key) {
        String[] names = methodNames.get(key);
        if (names == null) {
            names = new String[] {"", ""};
            Object[] method = struct(methodType, key);
            if (method != null) {
                names[1] = symbol(field(method, methodType, "name"));
                if (field(method, methodType, "type") instanceof Long classRef) {
                    names[0] = className(classRef);
                }
            }
            methodNames.put(key, names);
        }
        return names;
    }

    private String className(long key) {
        String name = classNames.get(key);
        if (name == null) {
            Object[] type = struct(classType, key);
            name = type == null ? "" : symbol(field(type, classType, "name")).replace('/', '.');
            classNames.put(key, name);
        }
        return name;
    }

    private String symbol(Object ref) {
        if (!(ref instanceof Long key)) {
            return "";
        }
        Object value = value(symbolType, key);
        if (value instanceof Object[] fields && fields.length > 0 && fields[0] instanceof String s) {
            return s;
        }
        return value instanceof String s ? s : "";
    }

    private Object value(JfrMetadata.Type type, long key) {
        if (type == null) {
            return null;
        }
        Map<Long, Object> pool = pools.get(type.id);
        if (pool != null) {
            return pool.get(key);
        }
        LongLongMap where = offsets.get(type.id);
        long offset = where == null ? -1 : where.get(key);
        if (offset < 0) {
            return null;
        }
        // Decoded where it sits; the caller is between events, which are read by absolute offset.
        try {
            java.util.Map.Entry<Long, Long> checkpoint = checkpoints.floorEntry(offset);
            in.position(offset);
            in.ensure(checkpoint == null ? in.limit() - offset : checkpoint.getValue() - offset);
            return metadata.read(in, type);
        } catch (IOException e) {
            return null; // a damaged pool entry only loses that trace's frames
        }
    }

    private Object[] struct(JfrMetadata.Type type, long key) {
        return value(type, key) instanceof Object[] fields ? fields : null;
    }

    private static Object field(Object[] values, JfrMetadata.Type type, String name) {
        int index = type == null ? -1 : type.fieldIndex(name);
        return values == null || index < 0 || index >= values.length ? null : values[index];
    }

    private static String text(Object[] values, JfrMetadata.Type type, String name) {
        return field(values, type, name) instanceof String s ? s : null;
    }
}
