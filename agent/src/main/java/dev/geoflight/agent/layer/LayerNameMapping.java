package dev.geoflight.agent.layer;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;

import java.util.function.BiFunction;

/** Binds {@link LayerName} to a constant computed per instrumented method when it is instrumented. */
final class LayerNameMapping implements Advice.OffsetMapping.Factory<LayerName> {

    private final BiFunction<TypeDescription, MethodDescription, String> layerOf;

    LayerNameMapping(BiFunction<TypeDescription, MethodDescription, String> layerOf) {
        this.layerOf = layerOf;
    }

    @Override
    public Class<LayerName> getAnnotationType() {
        return LayerName.class;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
                                     AnnotationDescription.Loadable<LayerName> annotation,
                                     AdviceType adviceType) {
        return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) ->
                new Advice.OffsetMapping.Target.ForStackManipulation(
                        new TextConstant(layerOf.apply(instrumentedType, instrumentedMethod)));
    }
}
