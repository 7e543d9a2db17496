package dev.geoflight.agent.jts;

import dev.geoflight.agent.instrument.CallEnterAdvice;
import dev.geoflight.agent.instrument.Hook;
import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.agent.runtime.OperationKind;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.matcher.ElementMatcher;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

import static dev.geoflight.agent.jts.JtsTypes.geometryArgument;
import static dev.geoflight.agent.jts.JtsTypes.instanceMethods;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Geometry I/O: WKT, WKB and (when jts-io-common is present) GeoJSON readers and writers become
 * GeometryIO events. Bytes are the input's or output's length (characters for text); streamed
 * forms report -1, as their length is only known to the stream.
 */
public final class GeometryIOInstrumentation {

    private static final String IO = "org.locationtech.jts.io.";

    private GeometryIOInstrumentation() {
    }

    public static List<Hook> hooks() {
        List<Hook> hooks = new ArrayList<>();
        ElementMatcher.Junction<MethodDescription> read = instanceMethods("read").and(takesArguments(1))
                .and(returns(named(JtsTypes.GEOMETRY)));
        hooks.add(hook("WKTReader", "WKT", "read", read, Read.class));
        hooks.add(hook("WKBReader", "WKB", "read", read, Read.class));
        hooks.add(hook("geojson.GeoJsonReader", "GeoJSON", "read", read, Read.class));

        ElementMatcher.Junction<MethodDescription> write = instanceMethods("write", "writeFormatted").and(geometryArgument(0));
        for (String[] writer : new String[][] {{"WKTWriter", "WKT"}, {"WKBWriter", "WKB"}, {"geojson.GeoJsonWriter", "GeoJSON"}}) {
            hooks.add(hook(writer[0], writer[1], "write", write.and(takesArguments(1)), Write.class));
            hooks.add(hook(writer[0], writer[1], "write", write.and(takesArguments(2)), WriteToStream.class));
        }
        return hooks;
    }

    private static Hook hook(String type, String format, String direction, ElementMatcher<? super MethodDescription> methods,
                             Class<?> advice) {
        String surface = type.substring(type.lastIndexOf('.') + 1);
        return Hook.of(named(IO + type), surface, OperationKind.IO, format, direction, methods, CallEnterAdvice.class, advice);
    }

    static final class Read {
        private Read() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Object input, @Advice.Return Geometry result) {
            if (Calls.exit(state)) {
                long bytes = input instanceof String ? ((String) input).length()
                        : input instanceof byte[] ? ((byte[]) input).length : -1;
                Calls.io(state, bytes, result == null ? 0 : result.getNumPoints(), result == null ? "" : result.getGeometryType());
            }
        }
    }

    static final class Write {
        private Write() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry geometry,
                         @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object output) {
            if (Calls.exit(state) && geometry != null) {
                long bytes = output instanceof String ? ((String) output).length()
                        : output instanceof byte[] ? ((byte[]) output).length : -1;
                Calls.io(state, bytes, geometry.getNumPoints(), geometry.getGeometryType());
            }
        }
    }

    static final class WriteToStream {
        private WriteToStream() {
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter ThreadState state, @Advice.Argument(0) Geometry geometry) {
            if (Calls.exit(state) && geometry != null) {
                Calls.io(state, -1, geometry.getNumPoints(), geometry.getGeometryType());
            }
        }
    }
}
