package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.FoldingWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Only the outermost JTS call is an event: the instrumented calls JTS makes inside it fold into it. */
class FoldingIT {

    private static Recorded recorded;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("folding");
        Path jfr = dir.resolve("folding.jfr");
        // jts.overlay=ng: union and intersection then go through the instrumented OverlayNGRobust.overlay
        AgentJvm.of(FoldingWorkload.class, dir).agentOptions("log=quiet").jvmArgs("-Djts.overlay=ng")
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void eachOutermostOperationIsExactlyOneEvent() {
        assertThat(recorded.operations().stream().map(e -> e.getString("operation")))
                .containsExactly(FoldingWorkload.OUTERMOST);
    }

    @Test
    void nestedOperationsHaveNoStatisticsRowsEither() {
        assertThat(recorded.statisticsCountsByOperation()).containsOnlyKeys(
                "Geometry.union", "Geometry.intersection", "Geometry.isValid", "Geometry.buffer", "Geometry.distance",
                "STRtree.query", "STRtree.build", "HPRtree.query", "HPRtree.build");
        assertThat(recorded.statisticsCountsByOperation()).containsEntry("Geometry.union", 2L);
    }

    @Test
    void lazyIndexBuildIsFoldedIntoTheFirstQuery() {
        List<RecordedEvent> queries = recorded.named(Recorded.INDEX_QUERY);
        assertThat(queries).extracting(e -> e.getString("index")).containsExactly("STRtree", "STRtree", "STRtree", "HPRtree");
        List<RecordedEvent> builds = recorded.named(Recorded.INDEX_BUILD);
        // only the first explicit build() of each tree is an event: the lazy one happened inside a
        // query, and a second build() of a built tree does nothing
        assertThat(builds).extracting(e -> e.getString("index"), e -> e.getInt("items"))
                .containsExactly(tuple("STRtree", FoldingWorkload.INDEX_ITEMS), tuple("HPRtree", FoldingWorkload.INDEX_ITEMS));
        assertThat(queries.get(2).getInt("size")).isEqualTo(FoldingWorkload.INDEX_ITEMS);
        assertThat(queries.get(2).getStartTime()).isAfter(builds.get(0).getStartTime());
        assertThat(recorded.statisticsCountsByOperation()).containsEntry("STRtree.build", 1L).containsEntry("HPRtree.build", 1L);
    }
}
