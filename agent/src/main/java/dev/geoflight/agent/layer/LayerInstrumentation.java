package dev.geoflight.agent.layer;

import dev.geoflight.agent.config.AgentOptions.LayerMapping;
import dev.geoflight.agent.instrument.AdviceClassFiles;
import dev.geoflight.agent.runtime.Layers;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import java.util.List;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isPrivate;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Layers that come from code rather than from {@code GeoFlight.layer} calls: methods annotated
 * {@code @SpatialLayer} (or all methods of an annotated class) open a scope for their duration,
 * and the non-private methods of classes matched by the {@code layers} option give their class's
 * layer to the spatial calls they make.
 */
public final class LayerInstrumentation {

    private static final String SPATIAL_LAYER = "dev.geoflight.SpatialLayer";
    private static final ElementMatcher.Junction<MethodDescription> BODIES =
            isMethod().and(not(isAbstract())).and(not(isNative())).and(not(isSynthetic()));

    private LayerInstrumentation() {
    }

    public static AgentBuilder annotated(AgentBuilder builder) {
        ElementMatcher.Junction<TypeDescription> types = isAnnotatedWith(named(SPATIAL_LAYER))
                .or(declaresMethod(isAnnotatedWith(named(SPATIAL_LAYER))));
        return builder.type(types).transform((type, description, loader, module, domain) -> {
            boolean wholeClass = valueOf(description.getDeclaredAnnotations()) != null;
            ElementMatcher.Junction<MethodDescription> methods = wholeClass
                    ? BODIES : BODIES.and(isAnnotatedWith(named(SPATIAL_LAYER)));
            return type.visit(Advice.withCustomMapping()
                    .bind(new LayerNameMapping(LayerInstrumentation::annotatedLayer))
                    .to(ScopeAdvice.class, AdviceClassFiles.INSTANCE).on(methods));
        });
    }

    public static AgentBuilder mapped(AgentBuilder builder, List<LayerMapping> mappings) {
        if (mappings.isEmpty()) {
            return builder;
        }
        ElementMatcher<TypeDescription> types = type -> layerOf(mappings, type.getName()) != null;
        return builder.type(types).transform((type, description, loader, module, domain) -> type.visit(
                Advice.withCustomMapping()
                        .bind(new LayerNameMapping((t, m) -> layerOf(mappings, t.getName())))
                        .to(ClassLayerAdvice.class, AdviceClassFiles.INSTANCE).on(BODIES.and(not(isPrivate())))));
    }

    private static String layerOf(List<LayerMapping> mappings, String className) {
        for (LayerMapping mapping : mappings) {
            if (mapping.glob().matches(className)) {
                return mapping.layer();
            }
        }
        return null;
    }

    /** The method's own {@code @SpatialLayer} wins over its class's. */
    private static String annotatedLayer(TypeDescription type, MethodDescription method) {
        String layer = valueOf(method.getDeclaredAnnotations());
        return layer != null ? layer : String.valueOf(valueOf(type.getDeclaredAnnotations()));
    }

    private static String valueOf(AnnotationList annotations) {
        for (AnnotationDescription annotation : annotations) {
            if (annotation.getAnnotationType().getName().equals(SPATIAL_LAYER)) {
                return annotation.getValue("value").resolve(String.class);
            }
        }
        return null;
    }

    static final class ScopeAdvice {
        private ScopeAdvice() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static int enter(@LayerName String layer) {
            return Layers.enterScope(layer);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter int mark) {
            Layers.exitScope(mark);
        }
    }

    static final class ClassLayerAdvice {
        private ClassLayerAdvice() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static int enter(@LayerName String layer) {
            return Layers.enterClass(layer);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter int mark) {
            Layers.exitClass(mark);
        }
    }
}
