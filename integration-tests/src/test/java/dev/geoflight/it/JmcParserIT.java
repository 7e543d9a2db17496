package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.BoundingBoxWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmc.common.IDescribable;
import org.openjdk.jmc.common.item.IAccessorKey;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.item.ItemFilters;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording as JDK Mission Control sees it, read with JMC's own parser: our event labels and
 * descriptions, field labels, and units (bytes as memory, times as timespans).
 */
class JmcParserIT {

    private static Path jfr;
    private static IItemCollection items;

    @BeforeAll
    static void run() throws Exception {
        Path dir = ItEnvironment.workDir("jmc");
        jfr = dir.resolve("jmc.jfr");
        AgentJvm.of(BoundingBoxWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        items = JfrLoaderToolkit.loadEvents(jfr.toFile());
    }

    @Test
    void spatialOperationHasItsLabelsInJmc() {
        IType<IItem> type = type("geoflight.SpatialOperation");
        assertThat(type.getName()).isEqualTo("Spatial Operation");
        // JMC appends the event id to the description
        assertThat(type.getDescription()).isEqualTo(
                "One outermost JTS operation with the bounding box, layer and size of its input [geoflight.SpatialOperation]");
        Map<String, String> labels = fieldLabels(type);
        assertThat(labels).containsEntry("operation", "Operation").containsEntry("geometryType", "Geometry Type")
                .containsEntry("argumentType", "Argument Type").containsEntry("minX", "Min X").containsEntry("maxY", "Max Y")
                .containsEntry("srid", "SRID").containsEntry("layer", "Layer").containsEntry("complexity", "Complexity")
                .containsEntry("allocated", "Allocated").containsEntry("resultVertices", "Result Vertices");
    }

    @Test
    void allocatedIsAMemoryQuantityInBytes() {
        IType<IItem> type = type("geoflight.SpatialOperation");
        IAccessorKey<?> allocated = key(type, "allocated");
        assertThat(allocated.getContentType()).isEqualTo(UnitLookup.MEMORY);
        for (IQuantity quantity : quantities(type, allocated)) {
            assertThat(quantity.getUnit()).isEqualTo(UnitLookup.BYTE);
        }
    }

    @Test
    void statisticsTimesAreTimespansAndAllocationIsMemory() {
        IType<IItem> type = type("geoflight.OperationStatistics");
        assertThat(type.getName()).isEqualTo("Spatial Operation Statistics");
        assertThat(fieldLabels(type)).containsEntry("totalTime", "Total Time").containsEntry("maxTime", "Max Time")
                .containsEntry("count", "Count").containsEntry("histogram", "Latency Histogram");
        assertThat(key(type, "totalTime").getContentType()).isEqualTo(UnitLookup.TIMESPAN);
        assertThat(key(type, "maxTime").getContentType()).isEqualTo(UnitLookup.TIMESPAN);
        assertThat(key(type, "allocated").getContentType()).isEqualTo(UnitLookup.MEMORY);
        List<IQuantity> totals = quantities(type, key(type, "totalTime"));
        assertThat(totals).isNotEmpty().allSatisfy(q -> assertThat(q.getUnit()).isEqualTo(UnitLookup.NANOSECOND));
    }

    @Test
    void jmcSeesEveryEventThatJdkJfrSees() {
        Recorded recorded = Recorded.read(jfr);
        for (String name : List.of(Recorded.OPERATION, Recorded.STATISTICS, Recorded.INDEX_QUERY, Recorded.INDEX_BUILD)) {
            assertThat(items.apply(ItemFilters.type(name)).stream().mapToLong(IItemIterable::getItemCount).sum())
                    .as(name).isEqualTo(recorded.named(name).size()).isPositive();
        }
        assertThat(type("geoflight.IndexQuery").getName()).isEqualTo("Spatial Index Query");
        assertThat(recorded.operations().get(0).getEventType().getCategoryNames()).containsExactly("Geospatial");
    }

    private static IType<IItem> type(String name) {
        for (IItemIterable iterable : items.apply(ItemFilters.type(name))) {
            return iterable.getType();
        }
        throw new AssertionError("JMC found no " + name + " events");
    }

    private static Map<String, String> fieldLabels(IType<IItem> type) {
        Map<String, String> labels = new HashMap<>();
        for (Map.Entry<IAccessorKey<?>, ? extends IDescribable> field : type.getAccessorKeys().entrySet()) {
            labels.put(field.getKey().getIdentifier(), field.getValue().getName());
        }
        return labels;
    }

    private static IAccessorKey<?> key(IType<IItem> type, String identifier) {
        return type.getAccessorKeys().keySet().stream().filter(k -> k.getIdentifier().equals(identifier)).findFirst()
                .orElseThrow(() -> new AssertionError(type.getIdentifier() + " has no field " + identifier));
    }

    private static List<IQuantity> quantities(IType<IItem> type, IAccessorKey<?> key) {
        List<IQuantity> values = new ArrayList<>();
        for (IItemIterable iterable : items.apply(ItemFilters.type(type.getIdentifier()))) {
            IMemberAccessor<?, IItem> accessor = iterable.getType().getAccessor(key);
            for (IItem item : iterable) {
                values.add((IQuantity) accessor.getMember(item));
            }
        }
        return values;
    }
}
