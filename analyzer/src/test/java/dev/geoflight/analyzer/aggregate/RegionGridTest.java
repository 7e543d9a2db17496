package dev.geoflight.analyzer.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionGridTest {

    @Test
    void growsBeyondTheSampledExtentWithoutLosingCalls() {
        RegionGrid grid = new RegionGrid();
        for (int i = 0; i < RegionGrid.SAMPLE + 10; i++) {
            grid.add(i % 10, i % 7, 1);
        }
        grid.add(10_000, -5_000, 1_000_000); // far outside: the grid doubles until it fits
        List<RegionGrid.Cell> cells = grid.cells();
        assertThat(cells.stream().mapToLong(RegionGrid.Cell::count).sum()).isEqualTo(RegionGrid.SAMPLE + 11);
        RegionGrid.Cell far = cells.get(0);
        assertThat(far.totalNanos()).isEqualTo(1_000_000);
        assertThat(far.minX()).isLessThanOrEqualTo(10_000);
        assertThat(far.maxX()).isGreaterThan(10_000);
        assertThat(far.minY()).isLessThanOrEqualTo(-5_000);
        assertThat(far.maxY()).isGreaterThan(-5_000);
    }

    @Test
    void onePointStillGetsACell() {
        RegionGrid grid = new RegionGrid();
        grid.add(3, 4, 7);
        grid.add(3, 4, 8);
        assertThat(grid.cells()).singleElement().satisfies(c -> {
            assertThat(c.count()).isEqualTo(2);
            assertThat(c.totalNanos()).isEqualTo(15);
            assertThat(c.minX()).isLessThanOrEqualTo(3);
            assertThat(c.maxX()).isGreaterThan(3);
        });
    }
}
