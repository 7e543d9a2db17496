package dev.geoflight.agent;

import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.utility.JavaModule;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts and, with {@code log=debug}, names the classes the agent transforms or fails to transform. */
final class TransformationLog extends AgentBuilder.Listener.Adapter {

    private final AtomicInteger transformed = new AtomicInteger();

    @Override
    public void onTransformation(TypeDescription type, ClassLoader loader, JavaModule module, boolean loaded, DynamicType dynamicType) {
        int count = transformed.incrementAndGet();
        AgentLog.debug("instrumented " + type.getName() + " (" + count + " classes so far)");
    }

    @Override
    public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable throwable) {
        AgentLog.debug("could not instrument " + typeName + ": " + throwable);
    }
}
