package dev.geoflight.it.repository.springmap;

import org.locationtech.jts.geom.Envelope;

import java.util.List;
import java.util.stream.Stream;

/** A custom fragment of the repository: spatial queries Spring Data cannot derive. */
public interface WindowQueries {

    List<MapParcel> findInWindow(Envelope window);

    Stream<MapParcel> streamInWindow(Envelope window);
}
