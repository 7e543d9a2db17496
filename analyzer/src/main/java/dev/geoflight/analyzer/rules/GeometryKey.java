package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.read.CallEvent;

/**
 * The geometry a call was about, as far as events tell without object identity: operation,
 * layer, geometry type, vertices and exact envelope. Rules that count how often one geometry
 * comes back fill one instance per call and let their {@link
 * dev.geoflight.analyzer.aggregate.HeavyHitters} sketch keep a {@link #copy} only when the key
 * takes a slot: a new key per call was a fifth of everything the analyzer allocated.
 */
final class GeometryKey {
    String operation;
    String layer;
    String geometryType;
    /** 0 where a rule does not tell geometries apart by it. */
    long vertices;
    double minX;
    double minY;
    double maxX;
    double maxY;

    GeometryKey of(CallEvent e, long vertices) {
        operation = e.operation();
        layer = e.layer();
        geometryType = e.geometryType();
        this.vertices = vertices;
        minX = e.minX();
        minY = e.minY();
        maxX = e.maxX();
        maxY = e.maxY();
        return this;
    }

    GeometryKey copy() {
        GeometryKey copy = new GeometryKey();
        copy.operation = operation;
        copy.layer = layer;
        copy.geometryType = geometryType;
        copy.vertices = vertices;
        copy.minX = minX;
        copy.minY = minY;
        copy.maxX = maxX;
        copy.maxY = maxY;
        return copy;
    }

    @Override
    public int hashCode() {
        int h = ((operation.hashCode() * 31 + layer.hashCode()) * 31 + geometryType.hashCode()) * 31 + Long.hashCode(vertices);
        return SpatialCalls.envelopeHash(h, minX, minY, maxX, maxY);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeometryKey k && vertices == k.vertices
                && SpatialCalls.sameEnvelope(minX, minY, maxX, maxY, k.minX, k.minY, k.maxX, k.maxY)
                && operation.equals(k.operation) && layer.equals(k.layer) && geometryType.equals(k.geometryType);
    }
}
