package dev.geoflight.agent.repository;

import dev.geoflight.agent.runtime.RepositoryCalls;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Inlined into every public method of a repository class. JTS types are only touched when the method
 * declares a Geometry or Envelope parameter, so repositories whose loader cannot see JTS are safe.
 */
final class RepositoryClassAdvice {

    private RepositoryClassAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static int enter(@RepositoryOperationId int operationId, @Advice.Origin("#t") String repository,
                     @Advice.Origin("#m") String method, @RepositoryLayer String layer, @QueryWindow Object window) {
        double minX = Double.NaN;
        double minY = Double.NaN;
        double maxX = Double.NaN;
        double maxY = Double.NaN;
        if (window != null && RepositoryCalls.active()) {
            Envelope box = window instanceof Geometry ? ((Geometry) window).getEnvelopeInternal() : (Envelope) window;
            if (!box.isNull()) {
                minX = box.getMinX();
                minY = box.getMinY();
                maxX = box.getMaxX();
                maxY = box.getMaxY();
            }
        }
        return RepositoryCalls.enter(operationId, repository, method, layer, minX, minY, maxX, maxY);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter int mark, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object result) {
        if (RepositoryCalls.exit(mark)) {
            RepositoryCalls.record(result);
        }
    }
}
