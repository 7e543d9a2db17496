package dev.geoflight.agent.instrument;

import dev.geoflight.agent.runtime.Calls;
import dev.geoflight.internal.ThreadState;
import net.bytebuddy.asm.Advice;

/** The enter advice of every measured call; each hook has its own exit advice. */
public final class CallEnterAdvice {

    private CallEnterAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    public static ThreadState enter(@OperationId int operationId) {
        return Calls.enter(operationId);
    }
}
