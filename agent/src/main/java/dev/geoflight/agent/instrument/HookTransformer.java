package dev.geoflight.agent.instrument;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.security.ProtectionDomain;

/**
 * Applies one hook's advice. Advice class files are read from the agent jar (on the system class
 * path), while the JTS types they mention are resolved from the instrumented class's own loader,
 * so JTS loaded by a child class loader is instrumented as well.
 */
public final class HookTransformer implements AgentBuilder.Transformer {

    private final AgentBuilder.Transformer.ForAdvice delegate;

    public HookTransformer(Hook hook) {
        Advice.WithCustomMapping mapping = Advice.withCustomMapping()
                .bind(new OperationIdMapping(hook))
                .bind(new GeometrySourceMapping<>(Input.class, hook.input()))
                .bind(new GeometrySourceMapping<>(Other.class, hook.other()));
        this.delegate = new AgentBuilder.Transformer.ForAdvice(mapping)
                .with(TypePools.SHARED)
                .include(AdviceClassFiles.INSTANCE)
                .advice(hook.methods(), hook.enterAdvice().getName(), hook.exitAdvice().getName());
    }

    @Override
    public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription type, ClassLoader loader,
                                            JavaModule module, ProtectionDomain domain) {
        return delegate.transform(builder, type, loader, module, domain);
    }
}
