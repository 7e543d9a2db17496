package dev.geoflight.agent.instrument;

import dev.geoflight.agent.runtime.Operations;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.ParameterDescription;
import net.bytebuddy.implementation.bytecode.constant.IntegerConstant;

/**
 * Binds {@link OperationId} to a constant: the id of {@code surface.methodName}, registered when
 * the method is instrumented. The hot path then needs no lookup by name.
 */
final class OperationIdMapping implements Advice.OffsetMapping.Factory<OperationId> {

    private final Hook hook;

    OperationIdMapping(Hook hook) {
        this.hook = hook;
    }

    @Override
    public Class<OperationId> getAnnotationType() {
        return OperationId.class;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
                                     AnnotationDescription.Loadable<OperationId> annotation,
                                     AdviceType adviceType) {
        return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) ->
                new Advice.OffsetMapping.Target.ForStackManipulation(IntegerConstant.forValue(register(instrumentedMethod)));
    }

    private int register(MethodDescription method) {
        return Operations.register(hook.surface() + "." + method.getName(), hook.kind(), hook.subject(), hook.direction());
    }

}
