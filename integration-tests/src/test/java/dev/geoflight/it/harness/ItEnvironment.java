package dev.geoflight.it.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where things are, as the build passes them in (failsafe {@code systemPropertyVariables}):
 * the shaded agent jar, the bundled detailed settings, the test classes and the libraries that
 * make up the class paths of the child JVMs.
 */
public final class ItEnvironment {

    private ItEnvironment() {
    }

    public static Path agentJar() {
        Path jar = path("geoflight.it.agentJar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("agent jar missing: " + jar + " (build it: ./mvnw -pl jfr-events,agent -am package)");
        }
        return jar;
    }

    public static Path detailedJfc() {
        return path("geoflight.it.detailedJfc");
    }

    public static Path testClasses() {
        return path("geoflight.it.testClasses");
    }

    /** The application API jar: what an application compiles against and ships. */
    public static Path jfrEvents() {
        return path("geoflight.it.jfrEvents");
    }

    public static String defaultJtsVersion() {
        return property("geoflight.it.jtsDefault");
    }

    public static List<String> jtsVersions() {
        return List.of(property("geoflight.it.jtsVersions").split(","));
    }

    /** jts-core and jts-io-common of one version, plus json-simple that jts-io's GeoJSON needs. */
    public static List<Path> jts(String version) {
        List<Path> jars = new ArrayList<>(jarsIn(path("geoflight.it.childLibs").resolve("jts-" + version)));
        jars.addAll(jarsIn(path("geoflight.it.childLibs").resolve("common")));
        return jars;
    }

    /** The jts-core jar alone, for class loaders the workload builds itself. */
    public static Path jtsCore(String version) {
        return path("geoflight.it.childLibs").resolve("jts-" + version).resolve("jts-core-" + version + ".jar");
    }

    /** The application's own ByteBuddy, a different version from the one relocated in the agent. */
    public static Path appByteBuddy() {
        String version = property("geoflight.it.appByteBuddy");
        return path("geoflight.it.childLibs").resolve("bytebuddy").resolve("byte-buddy-" + version + ".jar");
    }

    /**
     * async-profiler's native library for this machine, taken out of its Maven jar; empty where
     * the jar has none (it carries linux-x64, linux-arm64 and macOS builds).
     */
    public static Optional<Path> asyncProfilerLibrary() {
        String version = property("geoflight.it.asyncProfiler");
        Path jar = path("geoflight.it.childLibs").resolve("async-profiler").resolve("async-profiler-" + version + ".jar");
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch");
        String platform = os.contains("mac") ? "macos"
                : os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")) ? "linux-x64"
                : os.contains("linux") && arch.equals("aarch64") ? "linux-arm64" : null;
        if (platform == null) {
            return Optional.empty();
        }
        Path library = path("geoflight.it.work").resolve("async-profiler-" + version).resolve("libasyncProfiler.so");
        try (JarFile archive = new JarFile(jar.toFile())) {
            JarEntry entry = archive.getJarEntry(platform + "/libasyncProfiler.so");
            if (entry == null) {
                return Optional.empty();
            }
            Files.createDirectories(library.getParent());
            try (InputStream in = archive.getInputStream(entry)) {
                Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
            }
            return Optional.of(library);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the native library out of " + jar, e);
        }
    }

    /** A fresh, empty folder for one test's recordings and outputs. */
    public static Path workDir(String name) {
        Path dir = path("geoflight.it.work").resolve(name);
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> jarsIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + dir + " (the build copies it in process-test-classes)", e);
        }
    }

    private static Path path(String key) {
        return Path.of(property(key)).toAbsolutePath().normalize();
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + key + " is not set: run these tests through Maven (failsafe)");
        }
        return value;
    }
}
