package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Builds the city from a seed. Each layer draws from its own split of the seed's random stream, so
 * the same seed always gives the same city, coordinate for coordinate. The generators use
 * {@code StrictMath} for their curves because {@code Math.sin} may differ in the last bit between
 * JVMs, and a seed should mean the same city on JDK 17 and 25 alike.
 */
public final class CityGenerator {
    private static final int BROKEN_PARCELS = 300;

    private CityGenerator() {
    }

    public static City generate(long seed) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), CityLayout.SRID);
        SplittableRandom root = new SplittableRandom(seed);
        List<Block> blocks = new ParcelGenerator(factory, root.split()).generate();
        RoadGenerator roadGenerator = new RoadGenerator(factory, root.split());
        WaterGenerator water = new WaterGenerator(factory, root.split());
        List<Polygon> parcels = new ArrayList<>();
        List<Polygon> buildings = new ArrayList<>();
        for (Block block : blocks) {
            parcels.addAll(block.parcels());
            buildings.addAll(block.buildings());
        }
        var roads = List.copyOf(roadGenerator.generate());
        List<Polygon> broken = brokenParcels(factory, parcels, root.split());
        CityIndexes indexes = CityIndexes.build(parcels, buildings, roads);
        return new City(seed, factory, CityLayout.extent(), CityLayout.downtown(), List.copyOf(blocks),
                districts(factory, blocks), List.copyOf(parcels), List.copyOf(buildings), roads,
                List.copyOf(water.rivers()), List.copyOf(water.lakes()), broken,
                indexes, new BuildingRepository(indexes.buildings()));
    }

    private static List<District> districts(GeometryFactory factory, List<Block> blocks) {
        List<District> districts = new ArrayList<>();
        for (int row = 0; row < CityLayout.DISTRICTS; row++) {
            for (int col = 0; col < CityLayout.DISTRICTS; col++) {
                List<Block> members = new ArrayList<>();
                List<Polygon> parcels = new ArrayList<>();
                List<Polygon> buildings = new ArrayList<>();
                for (Block block : blocks) {
                    if (block.col() / CityLayout.DISTRICT_BLOCKS == col && block.row() / CityLayout.DISTRICT_BLOCKS == row) {
                        members.add(block);
                        parcels.addAll(block.parcels());
                        buildings.addAll(block.buildings());
                    }
                }
                Envelope envelope = CityLayout.districtEnvelope(col, row);
                boolean downtown = members.stream().anyMatch(Block::downtown);
                districts.add(new District(String.format("D%d-%d", col, row), downtown,
                        (Polygon) factory.toGeometry(envelope), List.copyOf(members), List.copyOf(parcels),
                        List.copyOf(buildings)));
            }
        }
        return List.copyOf(districts);
    }

    /**
     * Bow-ties made from real parcels: the first half of the ring is walked forwards and the second
     * half backwards, so two sides cross, the classic self-intersection of a mis-digitised parcel.
     */
    private static List<Polygon> brokenParcels(GeometryFactory factory, List<Polygon> parcels, SplittableRandom random) {
        List<Polygon> broken = new ArrayList<>(BROKEN_PARCELS);
        for (int k = 0; k < BROKEN_PARCELS; k++) {
            Coordinate[] ring = parcels.get(random.nextInt(parcels.size())).getExteriorRing().getCoordinates();
            int distinct = ring.length - 1;
            int half = distinct / 2;
            Coordinate[] bowTie = new Coordinate[ring.length];
            for (int v = 0; v < half; v++) {
                bowTie[v] = ring[v];
            }
            for (int v = half; v < distinct; v++) {
                bowTie[v] = ring[distinct - 1 - (v - half)];
            }
            bowTie[distinct] = ring[0];
            broken.add(factory.createPolygon(bowTie));
        }
        return List.copyOf(broken);
    }
}
