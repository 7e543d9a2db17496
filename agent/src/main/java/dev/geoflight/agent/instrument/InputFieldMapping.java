package dev.geoflight.agent.instrument;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.method.ParameterDescription;

import static net.bytebuddy.matcher.ElementMatchers.named;

/** Binds {@link InputField} to the hook's field of the instrumented type, read-only. */
final class InputFieldMapping implements Advice.OffsetMapping.Factory<InputField> {

    private final String fieldName;

    InputFieldMapping(String fieldName) {
        this.fieldName = fieldName;
    }

    @Override
    public Class<InputField> getAnnotationType() {
        return InputField.class;
    }

    @Override
    public Advice.OffsetMapping make(ParameterDescription.InDefinedShape target,
                                     AnnotationDescription.Loadable<InputField> annotation,
                                     AdviceType adviceType) {
        return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) -> {
            FieldDescription field = instrumentedType.getDeclaredFields().filter(named(fieldName)).getOnly();
            return new Advice.OffsetMapping.Target.ForField.ReadOnly(field);
        };
    }
}
