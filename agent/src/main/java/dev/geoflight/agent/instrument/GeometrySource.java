package dev.geoflight.agent.instrument;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import net.bytebuddy.implementation.bytecode.constant.NullConstant;

import static net.bytebuddy.matcher.ElementMatchers.named;

/**
 * Where an instrumented method finds a geometry it works on: the receiver ({@code a.intersects(b)}),
 * an argument ({@code BufferOp.bufferOp(g, d)}), a private field of an operation object
 * ({@code new IsValidOp(g).isValid()}), or nowhere. One advice then serves them all.
 */
public sealed interface GeometrySource {

    GeometrySource RECEIVER = new Receiver();
    GeometrySource NONE = new None();

    static GeometrySource argument(int index) {
        return new Argument(index);
    }

    static GeometrySource field(String name) {
        return new Field(name);
    }

    /** How ByteBuddy reads it into an advice parameter of the given type. */
    Advice.OffsetMapping mapping(TypeDescription.Generic parameterType);

    record Receiver() implements GeometrySource {
        @Override
        public Advice.OffsetMapping mapping(TypeDescription.Generic parameterType) {
            return new Advice.OffsetMapping.ForThisReference(parameterType, true, Assigner.Typing.STATIC, false);
        }
    }

    record Argument(int index) implements GeometrySource {
        @Override
        public Advice.OffsetMapping mapping(TypeDescription.Generic parameterType) {
            return new Advice.OffsetMapping.ForArgument.Unresolved(parameterType, true, Assigner.Typing.STATIC, index);
        }
    }

    record Field(String name) implements GeometrySource {
        @Override
        public Advice.OffsetMapping mapping(TypeDescription.Generic parameterType) {
            return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) -> {
                FieldDescription field = instrumentedType.getDeclaredFields().filter(named(name)).getOnly();
                return new Advice.OffsetMapping.Target.ForField.ReadOnly(field);
            };
        }
    }

    record None() implements GeometrySource {
        @Override
        public Advice.OffsetMapping mapping(TypeDescription.Generic parameterType) {
            return (instrumentedType, instrumentedMethod, assigner, argumentHandler, sort) ->
                    new Advice.OffsetMapping.Target.ForStackManipulation(NullConstant.INSTANCE);
        }
    }
}
