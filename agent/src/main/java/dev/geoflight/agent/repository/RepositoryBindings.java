package dev.geoflight.agent.repository;

import dev.geoflight.agent.runtime.RepositoryLayers;
import dev.geoflight.agent.runtime.RepositoryOperations;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;
import net.bytebuddy.implementation.bytecode.constant.NullConstant;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;

import java.lang.annotation.Annotation;
import java.util.function.Function;

/**
 * Binds the repository advice's constants when a method is instrumented: its operation id, its
 * class's layer and which argument is the query window. The hot path then looks nothing up.
 */
final class RepositoryBindings {

    static final String SPATIAL_REPOSITORY = "dev.geoflight.SpatialRepository";
    private static final String GEOMETRY = "org.locationtech.jts.geom.Geometry";
    private static final String ENVELOPE = "org.locationtech.jts.geom.Envelope";

    private RepositoryBindings() {
    }

    static Advice.WithCustomMapping bind(Advice.WithCustomMapping advice) {
        return advice.bind(new Binding<>(RepositoryOperationId.class, RepositoryBindings::operationId))
                .bind(new Binding<>(RepositoryLayer.class, RepositoryBindings::layer))
                .bind(new Binding<>(QueryWindow.class, RepositoryBindings::window));
    }

    /** {@code @SpatialRepository(layer)} when set, else the {@code layers} option's mapping of the class. */
    static String layerOf(TypeDescription type) {
        String annotated = "";
        for (AnnotationDescription annotation : type.getDeclaredAnnotations()) {
            if (annotation.getAnnotationType().getName().equals(SPATIAL_REPOSITORY)) {
                try {
                    annotated = annotation.getValue("layer").resolve(String.class);
                } catch (RuntimeException e) {
                    // an unreadable value is no layer
                }
            }
        }
        return RepositoryLayers.of(type.getName(), annotated);
    }

    /**
     * The first parameter whose type is a JTS Geometry (or subclass) or Envelope, or null. Type
     * variables count by their bound; a parameter whose type hierarchy cannot be read is skipped
     * rather than failing the whole class.
     */
    static ParameterDescription windowParameter(MethodDescription method) {
        for (ParameterDescription parameter : method.getParameters()) {
            try {
                if (isWindowType(parameter.getType().asErasure())) {
                    return parameter;
                }
            } catch (RuntimeException unreadable) {
                // a class missing from the application's class path: not a window we can read
            }
        }
        return null;
    }

    private static boolean isWindowType(TypeDescription erasure) {
        for (TypeDescription type = erasure; type != null && !type.represents(Object.class);
             type = type.getSuperClass() == null ? null : type.getSuperClass().asErasure()) {
            if (type.getName().equals(GEOMETRY) || type.getName().equals(ENVELOPE)) {
                return true;
            }
        }
        return false;
    }

    private static Advice.OffsetMapping operationId(ParameterDescription.InDefinedShape target) {
        return (type, method, assigner, arguments, sort) -> new Advice.OffsetMapping.Target.ForStackManipulation(
                IntegerConstant.forValue(RepositoryOperations.register(type.getName(), method.getName())));
    }

    private static Advice.OffsetMapping layer(ParameterDescription.InDefinedShape target) {
        return (type, method, assigner, arguments, sort) ->
                new Advice.OffsetMapping.Target.ForStackManipulation(new TextConstant(layerOf(type)));
    }

    private static Advice.OffsetMapping window(ParameterDescription.InDefinedShape target) {
        return (type, method, assigner, arguments, sort) -> {
            ParameterDescription window = windowParameter(method);
            if (window == null) {
                return new Advice.OffsetMapping.Target.ForStackManipulation(NullConstant.INSTANCE);
            }
            return new Advice.OffsetMapping.ForArgument.Resolved(target.getType(), true, Assigner.Typing.STATIC, window)
                    .resolve(type, method, assigner, arguments, sort);
        };
    }

    /** Binds the advice parameter carrying annotation {@code A} to what {@code mapping} makes of it. */
    private static final class Binding<A extends Annotation> implements Advice.OffsetMapping.Factory<A> {
        private final Class<A> annotation;
        private final Function<ParameterDescription.InDefinedShape, Advice.OffsetMapping> mapping;

        Binding(Class<A> annotation, Function<ParameterDescription.InDefinedShape, Advice.OffsetMapping> mapping) {
            this.annotation = annotation;
            this.mapping = mapping;
        }

        @Override
        public Class<A> getAnnotationType() {
            return annotation;
        }

        @Override
        public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target, AnnotationDescription.Loadable<A> found,
                                         AdviceType adviceType) {
            return mapping.apply(target);
        }
    }
}
