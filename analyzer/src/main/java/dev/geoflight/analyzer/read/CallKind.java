package dev.geoflight.analyzer.read;

/** What a per-call event or a statistics row counts; the names are the statistics' {@code kind} values. */
public enum CallKind {
    OPERATION("operation"),
    INDEX("index"),
    IO("io"),
    REPOSITORY("repository");

    private final String id;

    CallKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind of a statistics row; unknown kinds count as operations so that no row is lost. */
    public static CallKind fromId(String id) {
        for (CallKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return OPERATION;
    }
}
