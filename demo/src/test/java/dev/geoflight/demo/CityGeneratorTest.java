package dev.geoflight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CityGeneratorTest {
    private static City city;

    @BeforeAll
    static void generate() {
        city = CityGenerator.generate(42);
    }

    @Test
    void seed42GivesTheSameCityEveryTime() {
        assertThat(city.layerStats()).containsExactly(
                new LayerStats("parcels", 11_200, 248_000),
                new LayerStats("buildings", 9_780, 114_500),
                new LayerStats("roads", 914, 19_712),
                new LayerStats("rivers", 3, 7_086),
                new LayerStats("lakes", 3, 8_504),
                new LayerStats("broken-parcels", 300, 7_020),
                new LayerStats("districts", 100, 500));

        City again = CityGenerator.generate(42);
        assertSameGeometries(again.parcels(), city.parcels());
        assertSameGeometries(again.buildings(), city.buildings());
        assertSameGeometries(again.roads(), city.roads());
        assertSameGeometries(again.rivers(), city.rivers());
        assertSameGeometries(again.lakes(), city.lakes());
        assertSameGeometries(again.brokenParcels(), city.brokenParcels());
    }

    @Test
    void anotherSeedGivesAnotherCityOnTheSameGrid() {
        City other = CityGenerator.generate(7);
        assertThat(other.parcels()).hasSameSizeAs(city.parcels());
        assertThat(other.parcels().get(1).equalsExact(city.parcels().get(1))).isFalse();
        assertThat(other.buildings().size()).isNotEqualTo(city.buildings().size());
    }

    @Test
    void downtownIsWhereTheComplexParcelsAre() {
        List<Block> downtown = city.blocks().stream().filter(Block::downtown).toList();
        assertThat(downtown).hasSize(CityLayout.DOWNTOWN_BLOCKS * CityLayout.DOWNTOWN_BLOCKS);
        assertThat(downtown).allSatisfy(block -> {
            assertThat(city.downtown().contains(block.parcels().get(0).getEnvelopeInternal())).isTrue();
            assertThat(block.parcels()).hasSize(16).allSatisfy(p -> assertThat(p.getNumPoints()).isEqualTo(125));
            assertThat(block.buildings()).hasSize(16).allSatisfy(b -> assertThat(b.getNumInteriorRing()).isEqualTo(1));
        });
        assertThat(city.blocks().stream().filter(b -> !b.downtown()))
                .allSatisfy(block -> assertThat(block.parcels()).hasSize(4)
                        .allSatisfy(p -> assertThat(p.getNumPoints()).isEqualTo(5)));
        assertThat(city.districts().stream().filter(District::downtown)).hasSize(4);
    }

    @Test
    void generatedFeaturesAreValidExceptTheDeliberatelyBrokenOnes() {
        assertThat(city.parcels()).allMatch(Geometry::isValid);
        assertThat(city.buildings()).allMatch(Geometry::isValid);
        assertThat(city.lakes()).allMatch(Geometry::isValid);
        assertThat(city.rivers()).allMatch(Geometry::isSimple);
        assertThat(city.brokenParcels()).noneMatch(Geometry::isValid);
    }

    @Test
    void everyBuildingStandsOnOneOfItsBlocksParcels() {
        for (Block block : city.blocks()) {
            for (Geometry building : block.buildings()) {
                assertThat(block.parcels()).anyMatch(parcel -> parcel.contains(building));
            }
        }
    }

    private static void assertSameGeometries(List<? extends Geometry> actual, List<? extends Geometry> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i).equalsExact(expected.get(i))).as("feature %d", i).isTrue();
        }
    }
}
