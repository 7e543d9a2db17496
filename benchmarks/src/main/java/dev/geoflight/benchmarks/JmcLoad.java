package dev.geoflight.benchmarks;

import org.openjdk.jmc.common.item.IAccessorKey;
import org.openjdk.jmc.common.item.IItem;
import org.openjdk.jmc.common.item.IItemCollection;
import org.openjdk.jmc.common.item.IItemIterable;
import org.openjdk.jmc.common.item.IMemberAccessor;
import org.openjdk.jmc.common.item.IType;
import org.openjdk.jmc.common.unit.IQuantity;
import org.openjdk.jmc.common.unit.UnitLookup;
import org.openjdk.jmc.flightrecorder.CouldNotLoadRecordingException;
import org.openjdk.jmc.flightrecorder.JfrLoaderToolkit;

import java.io.File;
import java.io.IOException;

/**
 * JDK Mission Control's parser as an anchor: {@link JfrLoaderToolkit#loadEvents(File)} (the whole
 * recording in memory, as JMC works) and then the same group-and-sum as {@link RecordingFileLoop}.
 */
public final class JmcLoad {

    private JmcLoad() {
    }

    static String read(File file) throws IOException, CouldNotLoadRecordingException {
        IItemCollection items = JfrLoaderToolkit.loadEvents(file);
        Groups groups = new Groups();
        long all = 0;
        for (IItemIterable iterable : items) {
            IType<IItem> type = iterable.getType();
            all += iterable.getItemCount();
            if (!type.getIdentifier().equals("geoflight.SpatialOperation")) {
                continue;
            }
            IMemberAccessor<?, IItem> operation = accessor(type, "operation");
            IMemberAccessor<?, IItem> layer = accessor(type, "layer");
            IMemberAccessor<?, IItem> complexity = accessor(type, "complexity");
            IMemberAccessor<?, IItem> duration = accessor(type, "duration");
            IMemberAccessor<?, IItem> allocated = accessor(type, "allocated");
            for (IItem item : iterable) {
                groups.add(text(operation, item), text(layer, item), text(complexity, item),
                        nanos(duration, item), bytes(allocated, item));
            }
        }
        return groups.summary(all);
    }

    private static IMemberAccessor<?, IItem> accessor(IType<IItem> type, String identifier) {
        for (IAccessorKey<?> key : type.getAccessorKeys().keySet()) {
            if (key.getIdentifier().equals(identifier)) {
                return type.getAccessor(key);
            }
        }
        throw new IllegalStateException(type.getIdentifier() + " has no attribute " + identifier);
    }

    private static String text(IMemberAccessor<?, IItem> accessor, IItem item) {
        return String.valueOf(accessor.getMember(item));
    }

    private static long nanos(IMemberAccessor<?, IItem> accessor, IItem item) {
        Object value = accessor.getMember(item);
        return value instanceof IQuantity quantity ? quantity.clampedLongValueIn(UnitLookup.NANOSECOND) : 0;
    }

    private static long bytes(IMemberAccessor<?, IItem> accessor, IItem item) {
        Object value = accessor.getMember(item);
        return value instanceof IQuantity quantity ? quantity.clampedLongValueIn(UnitLookup.BYTE) : 0;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(read(new File(args[0])));
    }
}
