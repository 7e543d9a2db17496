package dev.geoflight.it.repository;

import dev.geoflight.it.harness.Recorded;
import jdk.jfr.consumer.RecordedEvent;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** RepositoryQuery events as one comparable line each, in the order they were committed. */
public final class RepositoryEvents {

    public static final String EVENT = "geoflight.RepositoryQuery";

    private RepositoryEvents() {
    }

    public static List<String> describe(Recorded recorded) {
        return recorded.named(EVENT).stream()
                .sorted((a, b) -> a.getStartTime().compareTo(b.getStartTime()))
                .map(RepositoryEvents::describe).toList();
    }

    public static String describe(RecordedEvent e) {
        return row(e.getString("repository"), e.getString("method"), e.getString("layer"), e.getDouble("minX"),
                e.getDouble("minY"), e.getDouble("maxX"), e.getDouble("maxY"), e.getInt("results"));
    }

    public static String row(String repository, String method, String layer, double minX, double minY, double maxX, double maxY,
                      int results) {
        return String.format(Locale.ROOT, "%s.%s layer=%s window=(%s %s, %s %s) results=%d",
                repository, method, layer, minX, minY, maxX, maxY, results);
    }

    /**
     * This module's test class path, for child JVMs that run Spring: Spring Boot, Spring Data,
     * Hibernate Spatial, the driver, JTS. Less the agent's own unshaded classes, which the build puts
     * there only to order the reactor: an application never has them, and their Premain would
     * shadow the -javaagent jar's.
     */
    public static List<Path> testClassPath() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).getFileName().toString().startsWith("geoflight-agent"))
                .map(Path::of).toList();
    }

    /** The jar a class was loaded from, to put it on a child JVM's class path. */
    public static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
