package dev.geoflight.agent.runtime;

/** Which per-call event an operation emits; also the {@code kind} of its statistics rows. */
public enum OperationKind {
    OPERATION("operation"),
    INDEX_QUERY("index"),
    INDEX_BUILD("index"),
    IO("io"),
    REPOSITORY("repository");

    private final String label;

    OperationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
