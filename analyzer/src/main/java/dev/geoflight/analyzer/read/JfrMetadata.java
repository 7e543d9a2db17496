package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chunk's metadata event: every type (events, constant pool types, primitives) with its id and
 * fields in the order their values are written.
 */
final class JfrMetadata {

    /** One field; {@code constantPool} fields hold a key into that type's pool. */
    record Field(String name, long typeId, boolean constantPool, boolean array) {
    }

    /** One type. Primitive types have no fields and are decoded by name. */
    static final class Type {
        final long id;
        final String name;
        final List<Field> fields = new ArrayList<>();
        final Primitive primitive;
        /** Built on the first value skipped; a metadata and its types are used by one thread. */
        SkipPlan skipPlan;

        Type(long id, String name) {
            this.id = id;
            this.name = name;
            this.primitive = Primitive.of(name);
        }

        int fieldIndex(String fieldName) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(fieldName)) {
                    return i;
                }
            }
            return -1;
        }
    }

    enum Primitive {
        NONE, BOOLEAN, BYTE, CHAR, SHORT, INT, LONG, FLOAT, DOUBLE, STRING;

        static Primitive of(String name) {
            return switch (name) {
                case "boolean" -> BOOLEAN;
                case "byte" -> BYTE;
                case "char" -> CHAR;
                case "short" -> SHORT;
                case "int" -> INT;
                case "long" -> LONG;
                case "float" -> FLOAT;
                case "double" -> DOUBLE;
                case "java.lang.String" -> STRING;
                default -> NONE;
            };
        }
    }

    final Map<Long, Type> types = new HashMap<>();
    final Map<String, Type> typesByName = new HashMap<>();

    /**
     * The metadata of the chunk {@code in} is on. Chunks of one recording mostly repeat the same
     * metadata: when its bytes (past the time stamps) equal those of the last chunk this input
     * read, that chunk's metadata is reused rather than parsed again.
     */
    static JfrMetadata read(JfrInput in, long offset) throws IOException {
        int size = in.record(offset);
        long type = in.varlong();
        if (type != 0) {
            throw new IOException("corrupt recording: no metadata event at offset " + offset);
        }
        in.varlong(); // start time
        in.varlong(); // duration
        return in.reuse(offset + size, JfrMetadata::parse);
    }

    private static JfrMetadata parse(JfrInput in) throws IOException {
        in.varlong(); // metadata id
        int count = in.varint();
        if (count < 0 || count > in.limit()) {
            throw new IOException("corrupt recording: metadata with " + count + " strings");
        }
        String[] strings = new String[count];
        Role[] roles = new Role[count];
        for (int i = 0; i < count; i++) {
            strings[i] = in.string();
            roles[i] = Role.of(strings[i]);
        }
        JfrMetadata metadata = new JfrMetadata();
        metadata.elements(in, strings, roles);
        return metadata;
    }

    /** What a string of the metadata's string table means to {@link #elements}. */
    private enum Role {
        OTHER, CLASS, FIELD, ID, NAME, CONSTANT_POOL, DIMENSION;

        static Role of(String text) {
            return switch (text == null ? "" : text) {
                case "class" -> CLASS;
                case "field" -> FIELD;
                case "id" -> ID;
                case "name" -> NAME;
                case "constantPool" -> CONSTANT_POOL;
                case "dimension" -> DIMENSION;
                default -> OTHER;
            };
        }
    }

    private static final int MAX_DEPTH = 64;

    /**
     * Reads the tree of elements: classes and their fields are kept, the rest skipped. One loop
     * with a stack of its own, names compared by their role in the string table: a recording's
     * metadata has some 5,000 elements with 11,000 attributes, and the recursive parser with a map
     * of attributes per element became the largest method the JIT compiled (0.35 s of C2 time in a
     * cold run) for a parse done once per reader thread. This loop stays in the interpreter.
     */
    private void elements(JfrInput in, String[] strings, Role[] roles) throws IOException {
        int[] remaining = new int[MAX_DEPTH + 1];
        Type[] owners = new Type[MAX_DEPTH + 1];
        remaining[0] = 1;
        int depth = 0;
        while (depth >= 0) {
            if (remaining[depth] == 0) {
                depth--;
                continue;
            }
            remaining[depth]--;
            Role role = roles[in.varint()];
            int attributeCount = in.varint();
            String id = null;
            String name = null;
            String typeId = null;
            String constantPool = null;
            String dimension = null;
            for (int i = 0; i < attributeCount; i++) {
                int key = in.varint();
                String value = strings[in.varint()];
                switch (roles[key]) {
                    case ID -> id = value;
                    case NAME -> name = value;
                    case CLASS -> typeId = value;
                    case CONSTANT_POOL -> constantPool = value;
                    case DIMENSION -> dimension = value;
                    default -> { }
                }
            }
            Type owner = owners[depth];
            Type type = null;
            if (role == Role.CLASS) {
                type = new Type(Long.parseLong(id), name);
                types.put(type.id, type);
                typesByName.put(type.name, type);
            } else if (role == Role.FIELD && owner != null) {
                owner.fields.add(new Field(name, Long.parseLong(typeId), "true".equals(constantPool), "1".equals(dimension)));
            }
            int children = in.varint();
            if (children > 0) {
                if (depth == MAX_DEPTH) {
                    throw new IOException("corrupt recording: metadata nested too deep");
                }
                depth++;
                remaining[depth] = children;
                owners[depth] = type != null ? type : (role == Role.FIELD ? null : owner);
            }
        }
    }

    Type type(long id) throws IOException {
        Type type = types.get(id);
        if (type == null) {
            throw new IOException("corrupt recording: unknown type id " + id);
        }
        return type;
    }

    /** Skips one value of a type without keeping it. */
    void skip(JfrInput in, Type type) throws IOException {
        skipPlan(type).skip(in);
    }

    SkipPlan skipPlan(Type type) throws IOException {
        SkipPlan plan = type.skipPlan;
        if (plan == null) {
            plan = SkipPlan.of(this, type);
            type.skipPlan = plan;
        }
        return plan;
    }

    /**
     * Reads one value generically: Long, Double, Boolean, String, Object[] (struct fields in
     * order, or array elements). Constant pool references are Longs. For the few pool types and
     * rare events that are kept, not for the hot path.
     */
    Object read(JfrInput in, Type type) throws IOException {
        switch (type.primitive) {
            case BOOLEAN:
                return in.rawByte() != 0;
            case BYTE:
                return (long) in.rawByte();
            case CHAR, SHORT, INT, LONG:
                return in.varlong();
            case FLOAT:
                return (double) in.float32();
            case DOUBLE:
                return in.float64();
            case STRING:
                return in.string();
            default:
                Object[] values = new Object[type.fields.size()];
                for (int f = 0; f < values.length; f++) {
                    Field field = type.fields.get(f);
                    if (field.array()) {
                        int count = in.varint();
                        if (count < 0 || count > in.limit()) {
                            throw new IOException("corrupt recording: array of " + count + " elements");
                        }
                        Object[] elements = new Object[count];
                        for (int i = 0; i < count; i++) {
                            elements[i] = field.constantPool() ? (Object) in.varlong() : read(in, type(field.typeId()));
                        }
                        values[f] = elements;
                    } else {
                        values[f] = field.constantPool() ? (Object) in.varlong() : read(in, type(field.typeId()));
                    }
                }
                return values;
        }
    }
}
