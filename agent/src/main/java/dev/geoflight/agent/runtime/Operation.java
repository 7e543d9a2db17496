package dev.geoflight.agent.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instrumented operation, e.g. {@code Geometry.intersects}, with its statistics cells.
 * {@code subject} is what the per-call event names besides the operation: the index type for
 * index operations, the format for I/O, empty otherwise; {@code direction} is I/O's read or write.
 */
public final class Operation {
    private final int id;
    private final String name;
    private final OperationKind kind;
    private final String subject;
    private final String direction;
    /** Cells by complexity bucket, then by layer. */
    private final ConcurrentHashMap<String, StatisticsCell>[] cells;

    @SuppressWarnings("unchecked")
    Operation(int id, String name, OperationKind kind, String subject, String direction) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.subject = subject;
        this.direction = direction;
        this.cells = new ConcurrentHashMap[Complexity.buckets()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new ConcurrentHashMap<>();
        }
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OperationKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String direction() {
        return direction;
    }

    ConcurrentHashMap<String, StatisticsCell> cells(int complexity) {
        return cells[complexity];
    }

    int buckets() {
        return cells.length;
    }

    @Override
    public String toString() {
        return name;
    }
}
