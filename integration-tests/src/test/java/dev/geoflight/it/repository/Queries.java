package dev.geoflight.it.repository;

import dev.geoflight.it.harness.Recorded;
import jdk.jfr.consumer.RecordedEvent;

import java.util.List;
import java.util.Locale;

/** RepositoryQuery events as one comparable line each, in the order they were committed. */
final class Queries {

    static final String EVENT = "geoflight.RepositoryQuery";

    private Queries() {
    }

    static List<String> describe(Recorded recorded) {
        return recorded.named(EVENT).stream()
                .sorted((a, b) -> a.getStartTime().compareTo(b.getStartTime()))
                .map(Queries::describe).toList();
    }

    static String describe(RecordedEvent e) {
        return row(e.getString("repository"), e.getString("method"), e.getString("layer"), e.getDouble("minX"),
                e.getDouble("minY"), e.getDouble("maxX"), e.getDouble("maxY"), e.getInt("results"));
    }

    static String row(String repository, String method, String layer, double minX, double minY, double maxX, double maxY,
                      int results) {
        return String.format(Locale.ROOT, "%s.%s layer=%s window=(%s %s, %s %s) results=%d",
                repository, method, layer, minX, minY, maxX, maxY, results);
    }
}
