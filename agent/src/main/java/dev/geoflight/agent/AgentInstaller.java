package dev.geoflight.agent;

import dev.geoflight.agent.concurrent.ExecutorInstrumentation;
import dev.geoflight.agent.config.AgentOptions;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.instrument.HookTransformer;
import dev.geoflight.agent.instrument.TypePools;
import dev.geoflight.agent.jts.GeometryIOInstrumentation;
import dev.geoflight.agent.jts.GeometryInstrumentation;
import dev.geoflight.agent.jts.IndexInstrumentation;
import dev.geoflight.agent.jts.OperationObjectInstrumentation;
import dev.geoflight.agent.jts.PreparedGeometryInstrumentation;
import dev.geoflight.agent.jts.StaticOperationInstrumentation;
import dev.geoflight.agent.layer.LayerInstrumentation;
import dev.geoflight.agent.recording.RecordOnExit;
import dev.geoflight.agent.repository.RepositoryInstrumentation;
import dev.geoflight.agent.runtime.Complexity;
import dev.geoflight.agent.runtime.RecordingWatcher;
import dev.geoflight.agent.runtime.Statistics;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.dynamic.Nexus;
import net.bytebuddy.dynamic.scaffold.TypeValidation;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

/** Reads the options and installs the instrumentation; runs from the bootstrap class path. */
public final class AgentInstaller {

    private AgentInstaller() {
    }

    public static void install(String arguments, Instrumentation instrumentation) {
        AgentOptions options = AgentOptions.parse(arguments, systemProperties(), System.getenv());
        Complexity.configure(options.simpleBelow(), options.complexFrom());
        Statistics.setMaxLayers(options.maxLayers());
        if (!options.metrics().isEmpty() || !options.profiler().isEmpty()) {
            AgentLog.warn("options metrics and profiler are not available in this version of the agent; ignored");
        }
        ThreadState.enabled = true;
        TransformationLog log = new TransformationLog();
        // GeoFlight never injects classes: without this ByteBuddy's class-injection support
        // initializes anyway and JDK 24+ warns about sun.misc.Unsafe on the application's stderr
        System.setProperty(Nexus.PROPERTY, "true");
        try {
            agentBuilder(options, log).installOn(instrumentation);
            installExecutorPropagation(instrumentation, log);
        } finally {
            System.clearProperty(Nexus.PROPERTY);
        }
        RecordingWatcher.install(false, version());
        AgentLog.info("agent " + version() + " attached: JTS calls are measured while a recording runs");
        if (options.record() != null) {
            RecordOnExit.start(options.record());
        }
    }

    static AgentBuilder agentBuilder(AgentOptions options, AgentBuilder.Listener listener) {
        AgentBuilder builder = new AgentBuilder.Default(new ByteBuddy().with(TypeValidation.DISABLED))
                .disableClassFormatChanges()
                .with(AgentBuilder.DescriptionStrategy.Default.POOL_ONLY)
                .with(TypePools.SHARED)
                .with(listener)
                .ignore(nameStartsWith("java.").or(nameStartsWith("javax.")).or(nameStartsWith("jdk."))
                        .or(nameStartsWith("sun.")).or(nameStartsWith("com.sun.")).or(nameStartsWith("dev.geoflight.agent."))
                        .or(nameStartsWith("dev.geoflight.shaded.")).or(nameStartsWith("dev.geoflight.events."))
                        .or(nameStartsWith("dev.geoflight.internal.")));
        for (Hook hook : hooks()) {
            builder = builder.type(hook.types()).transform(new HookTransformer(hook));
        }
        builder = LayerInstrumentation.annotated(builder);
        builder = LayerInstrumentation.mapped(builder, options.layers());
        return RepositoryInstrumentation.install(builder, options);
    }

    /** Without it layers stay on the submitting thread; everything else works, so a failure is only reported. */
    private static void installExecutorPropagation(Instrumentation instrumentation, AgentBuilder.Listener log) {
        try {
            ExecutorInstrumentation.install(instrumentation, log);
        } catch (RuntimeException | LinkageError e) {
            AgentLog.warn("layers will not follow tasks to executors: " + e);
        }
    }

    static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>();
        hooks.addAll(GeometryInstrumentation.hooks());
        hooks.addAll(StaticOperationInstrumentation.hooks());
        hooks.addAll(OperationObjectInstrumentation.hooks());
        hooks.addAll(PreparedGeometryInstrumentation.hooks());
        hooks.addAll(IndexInstrumentation.hooks());
        hooks.addAll(GeometryIOInstrumentation.hooks());
        return hooks;
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(String.valueOf(key), String.valueOf(value)));
        return properties;
    }

    private static String version() {
        String version = AgentInstaller.class.getPackage() == null ? null : AgentInstaller.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
