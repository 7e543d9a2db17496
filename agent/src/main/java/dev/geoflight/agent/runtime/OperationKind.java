package dev.geoflight.agent.runtime;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.RepositoryQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import jdk.jfr.Event;

/** Which per-call event an operation emits; also the {@code kind} of its statistics rows. */
public enum OperationKind {
    OPERATION("operation", SpatialOperationEvent.class),
    INDEX_QUERY("index", IndexQueryEvent.class),
    INDEX_BUILD("index", IndexBuildEvent.class),
    IO("io", GeometryIOEvent.class),
    REPOSITORY("repository", RepositoryQueryEvent.class);

    private final String label;
    private final Class<? extends Event> event;

    OperationKind(String label, Class<? extends Event> event) {
        this.label = label;
        this.event = event;
    }

    public String label() {
        return label;
    }

    /** The per-call event type this kind of operation emits. */
    Class<? extends Event> event() {
        return event;
    }
}
