package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallKind;

/** One hotspot row's identity: what was called, in which layer, at which input size. */
public record GroupKey(CallKind kind, String operation, String layer, String complexity) {

    /**
     * By the kind's ordinal: an enum's own hash code is its identity hash, which differs from run
     * to run and from thread to thread, and with it the order of the group maps, which rules
     * listing ties follow.
     */
    @Override
    public int hashCode() {
        return hash(kind, operation, layer, complexity);
    }

    /** The hash a key of these parts has, without building one. */
    static int hash(CallKind kind, String operation, String layer, String complexity) {
        return ((kind.ordinal() * 31 + operation.hashCode()) * 31 + layer.hashCode()) * 31 + complexity.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupKey key && kind == key.kind && operation.equals(key.operation)
                && layer.equals(key.layer) && complexity.equals(key.complexity);
    }
}
