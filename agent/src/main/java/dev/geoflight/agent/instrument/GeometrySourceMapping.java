package dev.geoflight.agent.instrument;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.ParameterDescription;

import java.lang.annotation.Annotation;

/** Binds {@link Input} or {@link Other} to the hook's {@link GeometrySource}. */
final class GeometrySourceMapping<A extends Annotation> implements Advice.OffsetMapping.Factory<A> {

    private final Class<A> annotationType;
    private final GeometrySource source;

    GeometrySourceMapping(Class<A> annotationType, GeometrySource source) {
        this.annotationType = annotationType;
        this.source = source;
    }

    @Override
    public Class<A> getAnnotationType() {
        return annotationType;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target, AnnotationDescription.Loadable<A> annotation,
                                     AdviceType adviceType) {
        return source.mapping(target.getType());
    }
}
