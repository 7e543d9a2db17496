package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * How to decode one GeoFlight event type straight into primitive slots, field by field in the
 * order the chunk's metadata gives: no boxing, no per-field objects. Fields the analyzer does not
 * know are skipped by their type, so a newer event schema still reads.
 */
final class EventPlan {
    static final List<String> STRING_FIELDS = List.of("operation", "layer", "complexity",
            "geometryType", "argumentType", "repository", "method", "index", "format", "direction");
    static final List<String> LONG_FIELDS = List.of("startTime", "duration", "eventThread", "stackTrace",
            "allocated", "vertices", "results", "size", "items", "bytes");
    static final List<String> DOUBLE_FIELDS = List.of("minX", "minY", "maxX", "maxY");

    private static final int SKIP = 0;
    private static final int STRING = 1;
    private static final int VARLONG = 2;
    private static final int BYTE = 3;
    private static final int FLOAT = 4;
    private static final int DOUBLE = 5;
    /** JFR writes an int as its 32 bits unsigned: -1 arrives as 4294967295 and must be narrowed back. */
    private static final int VARINT = 6;

    private final JfrMetadata metadata;
    private final JfrMetadata.Type type;
    private final int[] actions;
    /** First of this plan's per-field string memos in the input (plans of different types use different ones). */
    private final int fieldMemo;
    private final int[] slots;

    final String[] strings = new String[STRING_FIELDS.size()];
    final long[] longs = new long[LONG_FIELDS.size()];
    final double[] doubles = new double[DOUBLE_FIELDS.size()];

    static int stringSlot(String name) {
        return STRING_FIELDS.indexOf(name);
    }

    static int longSlot(String name) {
        return LONG_FIELDS.indexOf(name);
    }

    /** @param fieldMemoBase first per-field string memo of {@link JfrInput#string(int)} for this type */
    EventPlan(JfrMetadata metadata, JfrMetadata.Type type, int fieldMemoBase) throws IOException {
        this.metadata = metadata;
        this.type = type;
        this.fieldMemo = fieldMemoBase;
        Arrays.fill(strings, "");
        Arrays.fill(longs, -1);
        Arrays.fill(doubles, Double.NaN);
        int n = type.fields.size();
        actions = new int[n];
        slots = new int[n];
        for (int i = 0; i < n; i++) {
            JfrMetadata.Field field = type.fields.get(i);
            JfrMetadata.Primitive primitive = metadata.type(field.typeId()).primitive;
            if (field.array()) {
                actions[i] = SKIP;
            } else if (field.constantPool()) {
                actions[i] = VARLONG;
                slots[i] = LONG_FIELDS.indexOf(field.name());
            } else if (primitive == JfrMetadata.Primitive.STRING) {
                actions[i] = STRING;
                slots[i] = STRING_FIELDS.indexOf(field.name());
            } else if (primitive == JfrMetadata.Primitive.DOUBLE || primitive == JfrMetadata.Primitive.FLOAT) {
                actions[i] = primitive == JfrMetadata.Primitive.DOUBLE ? DOUBLE : FLOAT;
                slots[i] = DOUBLE_FIELDS.indexOf(field.name());
            } else if (primitive == JfrMetadata.Primitive.BOOLEAN || primitive == JfrMetadata.Primitive.BYTE) {
                actions[i] = BYTE;
                slots[i] = LONG_FIELDS.indexOf(field.name());
            } else if (primitive == JfrMetadata.Primitive.INT) {
                actions[i] = VARINT;
                slots[i] = LONG_FIELDS.indexOf(field.name());
            } else if (primitive != JfrMetadata.Primitive.NONE) {
                actions[i] = VARLONG;
                slots[i] = LONG_FIELDS.indexOf(field.name());
            } else {
                actions[i] = SKIP;
            }
        }
    }

    /**
     * Decodes one event's fields (the input is just past its type id). A type writes the same
     * slots every time, so slots it lacks keep their initial "absent" values: "", -1, NaN.
     */
    void decode(JfrInput in) throws IOException {
        for (int i = 0; i < actions.length; i++) {
            int slot = slots[i];
            switch (actions[i]) {
                case STRING -> {
                    String value = in.string(fieldMemo + i);
                    if (slot >= 0) {
                        strings[slot] = value == null ? "" : value;
                    }
                }
                case VARLONG -> {
                    long value = in.varlong();
                    if (slot >= 0) {
                        longs[slot] = value;
                    }
                }
                case VARINT -> {
                    long value = (int) in.varlong();
                    if (slot >= 0) {
                        longs[slot] = value;
                    }
                }
                case DOUBLE -> {
                    double value = in.float64();
                    if (slot >= 0) {
                        doubles[slot] = value;
                    }
                }
                case FLOAT -> {
                    double value = in.float32();
                    if (slot >= 0) {
                        doubles[slot] = value;
                    }
                }
                case BYTE -> {
                    long value = in.rawByte();
                    if (slot >= 0) {
                        longs[slot] = value;
                    }
                }
                default -> skipField(in, i);
            }
        }
    }

    private void skipField(JfrInput in, int index) throws IOException {
        JfrMetadata.Field field = type.fields.get(index);
        int count = field.array() ? in.varint() : 1;
        for (int i = 0; i < count; i++) {
            if (field.constantPool()) {
                in.varlong();
            } else {
                metadata.skip(in, metadata.type(field.typeId()));
            }
        }
    }
}
