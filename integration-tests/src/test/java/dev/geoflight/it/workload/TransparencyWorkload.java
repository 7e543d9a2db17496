package dev.geoflight.it.workload;

import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.kdtree.KdNode;
import org.locationtech.jts.index.kdtree.KdTree;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.simplify.VWSimplifier;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Every instrumented method family called on fixed inputs, results and exceptions printed: run
 * with and without the agent, the two outputs must be identical. Includes calls that throw in
 * JTS 1.20: a TopologyException from overlaying an invalid bow-tie, IllegalArgumentException
 * for GeometryCollection arguments, ParseException for bad WKT and WKB, NullPointerException for
 * a null argument.
 */
public final class TransparencyWorkload {

    private TransparencyWorkload() {
    }

    public static void main(String[] args) throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry a = wkt.read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry b = wkt.read("POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))");
        Geometry line = wkt.read("LINESTRING (-5 5, 20 5, 20.5 7, 21 5.2, 30 5.1, 31 9)");
        Geometry point = wkt.read("POINT (3 4)");
        Geometry bowTie = wkt.read("POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))");
        Geometry square = wkt.read("POLYGON ((5 -5, 15 -5, 15 5, 5 5, 5 -5))");
        Geometry collection = wkt.read("GEOMETRYCOLLECTION (POINT (1 1), LINESTRING (0 0, 2 2))");
        Geometry cloud = wkt.read("MULTIPOINT ((0 0), (10 0), (10 10), (0 10), (5 5), (2 8), (8 2), (5 9))");

        predicates(a, b, line, point);
        overlays(a, b, bowTie, square, collection);
        constructive(a, line, bowTie, cloud);
        prepared(a, b, point, line);
        indexes();
        io(a, line);
        Probe.call("intersects(null)", () -> a.intersects(null));
        Probe.call("buffer of bow-tie", () -> bowTie.buffer(0));
        edgeInputs(a, wkt);
    }

    /** Empty and null inputs: the advice reads envelopes and sizes that are NaN, zero or missing here. */
    private static void edgeInputs(Geometry a, WKTReader wkt) throws Exception {
        Geometry empty = wkt.read("POLYGON EMPTY");
        Geometry emptyCollection = wkt.read("GEOMETRYCOLLECTION EMPTY");
        Probe.call("empty.intersects", () -> empty.intersects(a));
        Probe.call("empty.buffer", () -> empty.buffer(1));
        Probe.call("empty.union()", emptyCollection::union);
        Probe.call("empty.isValid", empty::isValid);
        Probe.call("DistanceOp.distance(empty)", () -> DistanceOp.distance(empty, a));
        Probe.call("UnaryUnionOp.union(no geometries)", () -> UnaryUnionOp.union(List.<Geometry>of()));
        Probe.call("BufferOp.bufferOp(null)", () -> BufferOp.bufferOp(null, 1));
        Probe.call("OverlayNG.overlay(null)", () -> OverlayNG.overlay(a, null, OverlayNG.UNION));
        Probe.call("prepared.contains(null)", () -> PreparedGeometryFactory.prepare(a).contains(null));
        Probe.call("WKTReader.read(POINT EMPTY)", () -> wkt.read("POINT EMPTY"));
        Probe.call("WKTWriter.write(null)", () -> new WKTWriter().write(null));
        Probe.call("STRtree.query(null)", () -> new STRtree().query(null));
    }

    private static void predicates(Geometry a, Geometry b, Geometry line, Geometry point) {
        Probe.call("intersects", () -> a.intersects(b));
        Probe.call("contains", () -> a.contains(point));
        Probe.call("within", () -> point.within(a));
        Probe.call("covers", () -> a.covers(point));
        Probe.call("coveredBy", () -> point.coveredBy(a));
        Probe.call("crosses", () -> line.crosses(a));
        Probe.call("overlaps", () -> a.overlaps(b));
        Probe.call("touches", () -> a.touches(b));
        Probe.call("disjoint", () -> a.disjoint(b));
        Probe.call("equalsTopo", () -> a.equalsTopo(b));
        Probe.call("relate", () -> a.relate(b));
        Probe.call("relate(pattern)", () -> a.relate(b, "212101212"));
        Probe.call("isWithinDistance", () -> a.isWithinDistance(point, 1));
        Probe.call("distance", () -> line.distance(point));
        Probe.call("DistanceOp.distance", () -> DistanceOp.distance(line, point));
        Probe.call("DistanceOp.isWithinDistance", () -> DistanceOp.isWithinDistance(line, point, 2));
        Probe.call("DistanceOp.nearestPoints", () -> DistanceOp.nearestPoints(line, point));
        Probe.call("new DistanceOp().distance", () -> new DistanceOp(line, point).distance());
        Probe.call("isValid", a::isValid);
        Probe.call("IsValidOp.isValid", () -> IsValidOp.isValid(a));
        Probe.call("new IsValidOp().getValidationError", () -> new IsValidOp(a).getValidationError());
        Probe.call("isSimple", line::isSimple);
    }

    private static void overlays(Geometry a, Geometry b, Geometry bowTie, Geometry square, Geometry collection) {
        Probe.call("intersection", () -> a.intersection(b));
        Probe.call("union(other)", () -> a.union(b));
        Probe.call("union()", () -> a.getFactory().createGeometryCollection(new Geometry[] {a, b}).union());
        Probe.call("difference", () -> a.difference(b));
        Probe.call("symDifference", () -> a.symDifference(b));
        Probe.call("OverlayNG.overlay", () -> OverlayNG.overlay(a, b, OverlayNG.INTERSECTION));
        Probe.call("OverlayNGRobust.overlay", () -> OverlayNGRobust.overlay(a, b, OverlayNG.SYMDIFFERENCE));
        Probe.call("UnaryUnionOp.union(geometry)", () -> UnaryUnionOp.union(a.getFactory().createGeometryCollection(new Geometry[] {a, b})));
        Probe.call("UnaryUnionOp.union(collection)", () -> UnaryUnionOp.union(List.of(a, b)));
        Probe.call("CascadedPolygonUnion.union", () -> CascadedPolygonUnion.union(List.of(a, b)));
        // exceptions JTS itself throws: they must reach the caller unchanged
        Probe.call("intersection of bow-tie", () -> bowTie.intersection(square));
        Probe.call("OverlayNG.overlay of bow-tie", () -> OverlayNG.overlay(bowTie, square, OverlayNG.INTERSECTION));
        Probe.call("union(GeometryCollection)", () -> square.union(collection));
        Probe.call("relate(GeometryCollection)", () -> square.relate(collection));
    }

    private static void constructive(Geometry a, Geometry line, Geometry bowTie, Geometry cloud) {
        Probe.call("buffer", () -> line.buffer(1.5));
        Probe.call("buffer(segments)", () -> line.buffer(1.5, 2));
        Probe.call("buffer(segments, cap)", () -> line.buffer(1.5, 2, BufferParameters.CAP_FLAT));
        Probe.call("BufferOp.bufferOp", () -> BufferOp.bufferOp(a, -2));
        Probe.call("BufferOp.bufferOp(params)", () -> BufferOp.bufferOp(line, 1, new BufferParameters(3, BufferParameters.CAP_SQUARE)));
        Probe.call("new BufferOp().getResultGeometry", () -> new BufferOp(a).getResultGeometry(1));
        Probe.call("convexHull", cloud::convexHull);
        Probe.call("ConcaveHull.concaveHullByLength", () -> ConcaveHull.concaveHullByLength(cloud, 6));
        Probe.call("ConcaveHull.concaveHullByLengthRatio", () -> ConcaveHull.concaveHullByLengthRatio(cloud, 0.3));
        Probe.call("ConcaveHull.alphaShape", () -> ConcaveHull.alphaShape(cloud, 4, false));
        Probe.call("new ConcaveHull().getHull", () -> new ConcaveHull(cloud).getHull());
        Probe.call("DouglasPeuckerSimplifier.simplify", () -> DouglasPeuckerSimplifier.simplify(line, 1));
        Probe.call("TopologyPreservingSimplifier.simplify", () -> TopologyPreservingSimplifier.simplify(line, 1));
        Probe.call("VWSimplifier.simplify", () -> VWSimplifier.simplify(line, 1));
        Probe.call("GeometryFixer.fix", () -> GeometryFixer.fix(bowTie));
        Probe.call("Densifier.densify", () -> Densifier.densify(line, 3));
    }

    private static void prepared(Geometry a, Geometry b, Geometry point, Geometry line) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(a);
        Probe.call("PreparedGeometryFactory.prepare", () -> PreparedGeometryFactory.prepare(b));
        Probe.call("prepared.contains", () -> prepared.contains(point));
        Probe.call("prepared.containsProperly", () -> prepared.containsProperly(point));
        Probe.call("prepared.coveredBy", () -> prepared.coveredBy(b));
        Probe.call("prepared.covers", () -> prepared.covers(point));
        Probe.call("prepared.crosses", () -> prepared.crosses(line));
        Probe.call("prepared.disjoint", () -> prepared.disjoint(b));
        Probe.call("prepared.intersects", () -> prepared.intersects(line));
        Probe.call("prepared.overlaps", () -> prepared.overlaps(b));
        Probe.call("prepared.touches", () -> prepared.touches(b));
        Probe.call("prepared.within", () -> prepared.within(b));
        PreparedGeometry preparedLine = PreparedGeometryFactory.prepare(line);
        Probe.call("preparedLine.intersects", () -> preparedLine.intersects(a));
        PreparedGeometry preparedPoint = PreparedGeometryFactory.prepare(point);
        Probe.call("preparedPoint.intersects", () -> preparedPoint.intersects(a));
    }

    private static void indexes() {
        Envelope window = new Envelope(2, 6, 2, 6);
        STRtree strtree = new STRtree();
        Quadtree quadtree = new Quadtree();
        HPRtree hprtree = new HPRtree();
        KdTree kdtree = new KdTree();
        for (int i = 0; i < 20; i++) {
            Envelope item = new Envelope(i, i + 1.5, i % 7, i % 7 + 1.5);
            strtree.insert(item, i);
            quadtree.insert(item, i);
            hprtree.insert(item, i);
            kdtree.insert(new Coordinate(i * 0.5, i % 7), i);
        }
        Probe.call("STRtree.query", () -> strtree.query(window));
        Probe.call("STRtree.query(visitor)", () -> collect(v -> strtree.query(window, v)));
        Probe.call("STRtree.build+query", () -> {
            STRtree built = new STRtree();
            built.insert(window, "w");
            built.build();
            return built.query(window);
        });
        Probe.call("Quadtree.query", () -> quadtree.query(window));
        Probe.call("Quadtree.query(visitor)", () -> collect(v -> quadtree.query(window, v)));
        Probe.call("HPRtree.build", () -> {
            hprtree.build();
            return hprtree.size();
        });
        Probe.call("HPRtree.query", () -> hprtree.query(window));
        Probe.call("HPRtree.query(visitor)", () -> collect(v -> hprtree.query(window, v)));
        Probe.call("KdTree.query", () -> ((List<?>) kdtree.query(window)).stream().map(n -> ((KdNode) n).getCoordinate().toString()).toList());
        Probe.call("KdTree.query(visitor)", () -> {
            List<String> found = new ArrayList<>();
            kdtree.query(window, node -> found.add(node.getCoordinate().toString()));
            return found;
        });
    }

    private static List<Object> collect(java.util.function.Consumer<org.locationtech.jts.index.ItemVisitor> query) {
        List<Object> items = new ArrayList<>();
        query.accept(items::add);
        return items;
    }

    private static void io(Geometry a, Geometry line) throws Exception {
        WKTWriter wktWriter = new WKTWriter();
        WKBWriter wkbWriter = new WKBWriter();
        Probe.call("WKTWriter.write", () -> wktWriter.write(line));
        Probe.call("WKTWriter.writeFormatted", () -> wktWriter.writeFormatted(a));
        Probe.call("WKTWriter.write(writer)", () -> {
            StringWriter out = new StringWriter();
            wktWriter.write(a, out);
            return out.toString();
        });
        byte[] wkb = wkbWriter.write(a);
        Probe.call("WKBWriter.write", () -> wkbWriter.write(line));
        Probe.call("WKBWriter.write(stream)", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wkbWriter.write(a, new org.locationtech.jts.io.OutputStreamOutStream(out));
            return out.toByteArray();
        });
        Probe.call("WKBReader.read", () -> new WKBReader().read(wkb));
        Probe.call("WKTReader.read", () -> new WKTReader().read("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))"));
        String json = new GeoJsonWriter().write(a);
        Probe.call("GeoJsonWriter.write", () -> new GeoJsonWriter().write(line));
        Probe.call("GeoJsonReader.read", () -> new GeoJsonReader().read(json));
        Probe.call("WKTReader.read of bad WKT", () -> new WKTReader().read("POLYGON ((0 0, 1 1"));
        Probe.call("WKTReader.read of a bad number", () -> new WKTReader().read("POINT (1 x)"));
        Probe.call("WKBReader.read of bad WKB", () -> new WKBReader().read(new byte[] {0, 0, 0, 0, 9}));
        Probe.call("GeoJsonReader.read of bad JSON", () -> new GeoJsonReader().read("{\"type\": \"Nothing\"}"));
    }
}
