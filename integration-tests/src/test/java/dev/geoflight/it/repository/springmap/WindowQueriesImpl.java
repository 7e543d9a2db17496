package dev.geoflight.it.repository.springmap;

import org.locationtech.jts.geom.Envelope;
import org.springframework.data.keyvalue.core.KeyValueOperations;

import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The fragment's implementation, found by Spring Data by its name. */
public class WindowQueriesImpl implements WindowQueries {

    private final KeyValueOperations operations;

    public WindowQueriesImpl(KeyValueOperations operations) {
        this.operations = operations;
    }

    @Override
    public List<MapParcel> findInWindow(Envelope window) {
        return streamInWindow(window).toList();
    }

    @Override
    public Stream<MapParcel> streamInWindow(Envelope window) {
        return StreamSupport.stream(operations.findAll(MapParcel.class).spliterator(), false)
                .filter(parcel -> parcel.getShape().getEnvelopeInternal().intersects(window));
    }
}
