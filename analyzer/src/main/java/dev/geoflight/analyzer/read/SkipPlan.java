package dev.geoflight.analyzer.read;

import java.io.IOException;
import java.util.Arrays;

/**
 * How to skip one value of a type: its layout flattened into steps (nested structs inlined, an
 * array as a count read from the input and the steps of one element), run by one small loop.
 * Every constant pool a chunk holds is skipped value by value; walking the types recursively,
 * with a map lookup per nested field, made the JIT compile a large recursive method and compile it
 * again (0.05 to 0.14 s of C2 time each) for work done a few thousand times per chunk.
 */
final class SkipPlan {
    private static final int VARLONG = 0;
    private static final int BYTES = 1;
    private static final int STRING = 2;
    private static final int ARRAY = 3;
    /** Deeper nesting than any JDK type, and a guard against a type that contains itself. */
    private static final int MAX_DEPTH = 32;

    private int[] steps = new int[8];
    private int size;

    private SkipPlan() {
    }

    static SkipPlan of(JfrMetadata metadata, JfrMetadata.Type type) throws IOException {
        SkipPlan plan = new SkipPlan();
        plan.add(metadata, type, 0);
        plan.steps = Arrays.copyOf(plan.steps, plan.size);
        return plan;
    }

    void skip(JfrInput in) throws IOException {
        run(in, 0, steps.length);
    }

    private void run(JfrInput in, int from, int to) throws IOException {
        for (int i = from; i < to; i++) {
            int step = steps[i];
            switch (step & 3) {
                case VARLONG -> in.varlong();
                case BYTES -> in.skip(step >>> 2);
                case STRING -> in.skipString();
                default -> {
                    int body = step >>> 2;
                    int count = in.varint();
                    for (int element = 0; element < count; element++) {
                        run(in, i + 1, i + 1 + body);
                    }
                    i += body;
                }
            }
        }
    }

    private void add(JfrMetadata metadata, JfrMetadata.Type type, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("corrupt recording: type " + type.name + " nested too deep");
        }
        switch (type.primitive) {
            case BOOLEAN, BYTE -> step(BYTES | 1 << 2);
            case CHAR, SHORT, INT, LONG -> step(VARLONG);
            case FLOAT -> step(BYTES | 4 << 2);
            case DOUBLE -> step(BYTES | 8 << 2);
            case STRING -> step(STRING);
            case NONE -> {
                for (JfrMetadata.Field field : type.fields) {
                    int header = size;
                    if (field.array()) {
                        step(ARRAY);
                    }
                    if (field.constantPool()) {
                        step(VARLONG);
                    } else {
                        add(metadata, metadata.type(field.typeId()), depth + 1);
                    }
                    if (field.array()) {
                        steps[header] = ARRAY | (size - header - 1) << 2;
                    }
                }
            }
        }
    }

    private void step(int step) {
        if (size == steps.length) {
            steps = Arrays.copyOf(steps, size * 2);
        }
        steps[size++] = step;
    }
}
