package dev.geoflight.analyzer.read;

import java.io.IOException;

/**
 * Parses one complete chunk: metadata and constant pools first (they sit at the chunk's end),
 * then the events in file order. Events of types the analyzer does not need are skipped by their
 * size without being decoded; GeoFlight's per-call events are decoded into primitive slots by an
 * {@link EventPlan}, the few others a chunk holds generically.
 */
final class ChunkParser {
    private static final int METADATA_TYPE = 0;
    private static final int CHECKPOINT_TYPE = 1;

    private static final int SLOT_OPERATION = EventPlan.stringSlot("operation");
    private static final int SLOT_LAYER = EventPlan.stringSlot("layer");
    private static final int SLOT_COMPLEXITY = EventPlan.stringSlot("complexity");
    private static final int SLOT_GEOMETRY_TYPE = EventPlan.stringSlot("geometryType");
    private static final int SLOT_ARGUMENT_TYPE = EventPlan.stringSlot("argumentType");
    private static final int SLOT_REPOSITORY = EventPlan.stringSlot("repository");
    private static final int SLOT_METHOD = EventPlan.stringSlot("method");
    private static final int SLOT_INDEX = EventPlan.stringSlot("index");
    private static final int SLOT_FORMAT = EventPlan.stringSlot("format");
    private static final int SLOT_DIRECTION = EventPlan.stringSlot("direction");
    private static final int SLOT_START = EventPlan.longSlot("startTime");
    private static final int SLOT_DURATION = EventPlan.longSlot("duration");
    private static final int SLOT_THREAD = EventPlan.longSlot("eventThread");
    private static final int SLOT_STACK = EventPlan.longSlot("stackTrace");
    private static final int SLOT_ALLOCATED = EventPlan.longSlot("allocated");
    private static final int SLOT_VERTICES = EventPlan.longSlot("vertices");
    private static final int SLOT_RESULTS = EventPlan.longSlot("results");
    private static final int SLOT_ITEMS = EventPlan.longSlot("items");

    /** What a type id stands for in this chunk. */
    private enum Handling {
        OTHER(false), STATISTICS(true), OPERATION(false), REPOSITORY(false), INDEX_QUERY(false), INDEX_BUILD(false),
        IO(false), JVM(true), AGENT(true), IGNORED(false);

        /**
         * Read by the generic decoder, not a plan. One flag, not three comparisons: the agent's
         * event opens every chunk, so this one branch is seen taken before the JIT compiles it,
         * where a comparison with STATISTICS alone was first taken later and the compiled code
         * was thrown away.
         */
        final boolean rare;

        Handling(boolean rare) {
            this.rare = rare;
        }
    }

    private final JfrInput in;
    private final ChunkHeader header;
    private final RecordingVisitor visitor;
    private final DerivedNames names;
    private final double nanosPerTick;
    private JfrMetadata metadata;
    private ConstantPools pools;
    private Handling[] handlingById;
    private EventPlan[] plansById;

    /**
     * @param in              positioned on this chunk ({@link JfrInput#chunk})
     * @param names           operation names built from two fields, shared across chunks
     */
    ChunkParser(JfrInput in, ChunkHeader header, RecordingVisitor visitor, DerivedNames names) {
        this.in = in;
        this.header = header;
        this.visitor = visitor;
        this.names = names;
        this.nanosPerTick = header.ticksPerSecond() > 0 ? 1e9 / header.ticksPerSecond() : 1;
    }

    void parse() throws IOException {
        metadata = JfrMetadata.read(in, header.metadataOffset());
        pools = new ConstantPools(metadata);
        pools.read(in, header.constantPoolOffset());
        in.constants(pools::string, pools.stringKeys());
        prepareHandlers();
        visitor.chunk(header.startEpochNanos(), header.durationNanos());
        long position = ChunkHeader.SIZE;
        long end = header.size();
        while (position < end) {
            int size = in.record(position);
            long typeId = in.varlong();
            Handling handling = typeId >= 0 && typeId < handlingById.length ? handlingById[(int) typeId] : Handling.OTHER;
            if (handling != Handling.OTHER && handling != Handling.IGNORED) {
                handle(handling, (int) typeId);
            } else if (handling == Handling.OTHER && typeId != METADATA_TYPE && typeId != CHECKPOINT_TYPE) {
                visitor.otherEvent();
            }
            position += size;
        }
    }

    private void prepareHandlers() throws IOException {
        int memoBase = 0;
        long maxId = 0;
        for (long id : metadata.types.keySet()) {
            maxId = Math.max(maxId, id);
        }
        if (maxId > 1 << 22) {
            throw new IOException("corrupt recording: type id " + maxId);
        }
        handlingById = new Handling[(int) maxId + 1];
        plansById = new EventPlan[(int) maxId + 1];
        java.util.Arrays.fill(handlingById, Handling.OTHER);
        for (JfrMetadata.Type type : metadata.types.values()) {
            Handling handling = switch (type.name) {
                case OperationNames.OPERATION_STATISTICS -> Handling.STATISTICS;
                case OperationNames.SPATIAL_OPERATION -> Handling.OPERATION;
                case OperationNames.REPOSITORY_QUERY -> Handling.REPOSITORY;
                case OperationNames.INDEX_QUERY -> Handling.INDEX_QUERY;
                case OperationNames.INDEX_BUILD -> Handling.INDEX_BUILD;
                case OperationNames.GEOMETRY_IO -> Handling.IO;
                case "jdk.JVMInformation" -> Handling.JVM;
                case OperationNames.AGENT -> Handling.AGENT;
                default -> OperationNames.isGeoFlightEvent(type.name) ? Handling.IGNORED : Handling.OTHER;
            };
            handlingById[(int) type.id] = handling;
            if (handling != Handling.OTHER && handling != Handling.IGNORED && !handling.rare) {
                // Each plan gets its own run of per-field string memos; only the hot per-call
                // types need them, and 64 memos cover them (a plan past that reads without).
                plansById[(int) type.id] = new EventPlan(metadata, type, memoBase);
                memoBase += type.fields.size();
            }
        }
    }

    private void handle(Handling handling, int typeId) throws IOException {
        if (handling.rare) {
            handleRare(handling, metadata.type(typeId));
            return;
        }
        EventPlan plan = plansById[typeId];
        plan.decode(in);
        String[] s = plan.strings;
        long[] l = plan.longs;
        double[] d = plan.doubles;
        CallKind kind;
        String operation;
        String repository = "";
        long vertices = l[SLOT_VERTICES];
        switch (handling) {
            case OPERATION -> {
                kind = CallKind.OPERATION;
                operation = s[SLOT_OPERATION];
            }
            case REPOSITORY -> {
                kind = CallKind.REPOSITORY;
                repository = s[SLOT_REPOSITORY];
                operation = names.name(repository, s[SLOT_METHOD], OperationNames::repository);
            }
            case INDEX_QUERY -> {
                kind = CallKind.INDEX;
                operation = names.name(s[SLOT_INDEX], "query", (index, query) -> OperationNames.indexQuery(index));
            }
            case INDEX_BUILD -> {
                kind = CallKind.INDEX;
                operation = names.name(s[SLOT_INDEX], "build", (index, build) -> OperationNames.indexBuild(index));
                vertices = l[SLOT_ITEMS];
            }
            default -> {
                kind = CallKind.IO;
                operation = names.name(s[SLOT_FORMAT], s[SLOT_DIRECTION], OperationNames::io);
            }
        }
        long start = header.startEpochNanos() + (long) ((l[SLOT_START] - header.startTicks()) * nanosPerTick);
        long duration = (long) (Math.max(0, l[SLOT_DURATION]) * nanosPerTick);
        visitor.call(new CallEvent(kind, operation, s[SLOT_LAYER], s[SLOT_COMPLEXITY], start, duration,
                pools.threadName(l[SLOT_THREAD]), pools.stackTrace(Math.max(0, l[SLOT_STACK])), d[0], d[1], d[2], d[3],
                vertices, l[SLOT_ALLOCATED], s[SLOT_GEOMETRY_TYPE], s[SLOT_ARGUMENT_TYPE], l[SLOT_RESULTS], repository));
    }

    /**
     * Events that come a few times a chunk, decoded generically. Statistics rows are kept off the
     * per-call {@link EventPlan}: they first come at a chunk's end, after the JIT has compiled the
     * per-call decoding for what it had seen, and their long histogram strings would throw that
     * compiled code away (about 0.1 s of JIT time to compile it again).
     */
    private void handleRare(Handling handling, JfrMetadata.Type type) throws IOException {
        Object[] values;
        in.rememberNewStrings(false); // a statistics row's histogram is unique: see JfrInput
        try {
            values = (Object[]) metadata.read(in, type);
        } finally {
            in.rememberNewStrings(true);
        }
        switch (handling) {
            case JVM -> visitor.jvm(text(values, type, "jvmName"), text(values, type, "jvmVersion"), text(values, type, "jvmArguments"));
            case AGENT -> visitor.agent(text(values, type, "version"));
            default -> visitor.statistics(new StatisticsRow(CallKind.fromId(orEmpty(text(values, type, "kind"))),
                    orEmpty(text(values, type, "operation")), orEmpty(text(values, type, "layer")),
                    orEmpty(text(values, type, "complexity")), number(values, type, "count"), number(values, type, "totalTime"),
                    number(values, type, "maxTime"), number(values, type, "allocated"), orEmpty(text(values, type, "histogram")),
                    Math.max(1, number(values, type, "samplingPeriod"))));
        }
    }

    /** Absent and null strings read as "", as in an {@link EventPlan}. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A long field, -1 when absent, as in an {@link EventPlan}. */
    private static long number(Object[] values, JfrMetadata.Type type, String field) {
        int index = type.fieldIndex(field);
        return index >= 0 && values[index] instanceof Long value ? value : -1;
    }

    private static String text(Object[] values, JfrMetadata.Type type, String field) {
        int index = type.fieldIndex(field);
        return index >= 0 && values[index] instanceof String s ? s : null;
    }
}
