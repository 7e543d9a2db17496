package dev.geoflight.analyzer.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RegionGridTest {

    @Test
    void cellsAreThePowerOfTwoAtWhichTheDataFitsSixteenCells() {
        RegionGrid grid = new RegionGrid();
        grid.add(0.5, 0.5, 10);
        grid.add(15.5, 15.5, 30);
        grid.add(15.25, 15.75, 5);
        // Extent 15: cells of 1 fit it in 16; cells of 0.5 would need 31.
        assertThat(grid.cells()).containsExactly(
                new RegionGrid.Cell(15, 15, 16, 16, 2, 35),
                new RegionGrid.Cell(0, 0, 1, 1, 1, 10));
        grid.add(16.5, 0.5, 1); // x now spans 16, which needs 17 cells of 1: cells of 2 along x, still 1 along y
        assertThat(grid.cells()).containsExactly(
                new RegionGrid.Cell(14, 15, 16, 16, 2, 35),
                new RegionGrid.Cell(0, 0, 2, 1, 1, 10),
                new RegionGrid.Cell(16, 0, 18, 1, 1, 1));
    }

    @Test
    void growsTowardsAFarPointWithoutLosingCalls() {
        RegionGrid grid = new RegionGrid();
        for (int i = 0; i < 20_000; i++) {
            grid.add(i % 10, i % 7, 1);
        }
        grid.add(10_000, -5_000, 1_000_000);
        List<RegionGrid.Cell> cells = grid.cells();
        assertThat(cells.stream().mapToLong(RegionGrid.Cell::count).sum()).isEqualTo(20_001);
        // Extent 10,000 × 5,006: cells 1,024 wide (512 would need 20) and 512 high (256 would need 21).
        assertThat(cells.get(0)).isEqualTo(new RegionGrid.Cell(9_216, -5_120, 10_240, -4_608, 1, 1_000_000));
        assertThat(cells.get(1)).isEqualTo(new RegionGrid.Cell(0, 0, 1_024, 512, 20_000, 20_000));
    }

    @Test
    void theGridOfAllPointsWhateverTheirOrderAndHowTheyWereSplit() {
        Random random = new Random(42);
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            // a dense city, some suburbs, one far outlier: the grid grows several times
            double spread = i % 100 == 0 ? 5_000 : i % 10 == 0 ? 300 : 20;
            points.add(new double[] {-73.9 * 1000 + random.nextGaussian() * spread, 40.7 * 1000 + random.nextGaussian() * spread,
                    1 + random.nextInt(1_000)});
        }
        points.add(new double[] {1e6, -1e6, 7});
        RegionGrid whole = new RegionGrid();
        points.forEach(p -> whole.add(p[0], p[1], (long) p[2]));

        Collections.shuffle(points, random);
        RegionGrid merged = new RegionGrid();
        for (int from = 0; from < points.size(); from += 700) {
            RegionGrid part = new RegionGrid();
            points.subList(from, Math.min(points.size(), from + 700)).forEach(p -> part.add(p[0], p[1], (long) p[2]));
            merged.absorb(part);
        }
        assertThat(merged.cells()).isEqualTo(whole.cells());
        assertThat(whole.cells().stream().mapToLong(RegionGrid.Cell::count).sum()).isEqualTo(5_001);
    }

    @Test
    void onePointStillGetsACellOfAUsefulSize() {
        RegionGrid grid = new RegionGrid();
        grid.add(3, 4, 7);
        grid.add(3, 4, 8);
        // Cells no finer than 2^-20 of the coordinate's power of two (2 for 3, 4 for 4).
        assertThat(grid.cells()).containsExactly(new RegionGrid.Cell(3, 4, 3 + 0x1p-19, 4 + 0x1p-18, 2, 15));
    }

    @Test
    void pointsAlongALineGetCellsAtLeastASixteenthAsHighAsWide() {
        RegionGrid grid = new RegionGrid();
        for (int i = 0; i < 16; i++) {
            grid.add(i * 64 + 1, 250, i);
        }
        assertThat(grid.cells()).hasSize(16).allSatisfy(c -> {
            assertThat(c.maxX() - c.minX()).isEqualTo(64);
            assertThat(c.maxY() - c.minY()).isEqualTo(4);
            assertThat(c.minY()).isEqualTo(248);
        });
    }

    @Test
    void emptyAndNonFiniteCentresGiveNoCells() {
        RegionGrid grid = new RegionGrid();
        grid.add(Double.NaN, 1, 5);
        grid.add(1, Double.POSITIVE_INFINITY, 5);
        assertThat(grid.cells()).isEmpty();
        RegionGrid other = new RegionGrid();
        other.absorb(grid);
        assertThat(other.cells()).isEmpty();
    }
}
