package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallKind;

/** One hotspot row's identity: what was called, in which layer, at which input size. */
public record GroupKey(CallKind kind, String operation, String layer, String complexity) {
}
