package dev.geoflight.agent.runtime;

/** Complexity buckets by vertex count: {@code simple} &lt; A &le; {@code medium} &lt; B &le; {@code complex}. */
public final class Complexity {

    public static final int SIMPLE = 0;
    public static final int MEDIUM = 1;
    public static final int COMPLEX = 2;
    /** For operations that have no geometry input of their own (index queries and builds). */
    public static final int NONE = 3;

    private static final String[] NAMES = {"simple", "medium", "complex", ""};

    private static int mediumFrom = 100;
    private static int complexFrom = 10_000;

    private Complexity() {
    }

    public static void configure(int mediumFromVertices, int complexFromVertices) {
        mediumFrom = mediumFromVertices;
        complexFrom = complexFromVertices;
    }

    public static int mediumFrom() {
        return mediumFrom;
    }

    public static int complexFrom() {
        return complexFrom;
    }

    public static int of(int vertices) {
        return vertices < mediumFrom ? SIMPLE : vertices < complexFrom ? MEDIUM : COMPLEX;
    }

    public static String name(int bucket) {
        return NAMES[bucket];
    }

    public static int buckets() {
        return NAMES.length;
    }
}
