package dev.geoflight.agent.repository;

import dev.geoflight.agent.instrument.AdviceClassFiles;
import dev.geoflight.agent.instrument.TypePools;
import dev.geoflight.agent.runtime.RepositoryCalls;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import org.aopalliance.intercept.MethodInvocation;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.data.repository.core.RepositoryMetadata;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

/**
 * Spring Data repository interfaces. Their calls go through a proxy whose interceptor chain passes
 * every repository method, query method or CRUD method, through
 * {@code QueryExecutorMethodInterceptor.invoke}: there the repository interface and the method the
 * application called are both known, and the result is the one the application gets (after Spring
 * Data's conversions, e.g. to {@code Optional}).
 */
final class SpringDataRepositories {

    private static final String INTERCEPTOR = "org.springframework.data.repository.core.support.QueryExecutorMethodInterceptor";

    private SpringDataRepositories() {
    }

    static AgentBuilder install(AgentBuilder builder) {
        return builder.type(named(INTERCEPTOR)).transform(new AgentBuilder.Transformer.ForAdvice()
                .with(TypePools.SHARED)
                .include(AdviceClassFiles.INSTANCE)
                .advice(named("invoke").and(takesArguments(1)), InvokeAdvice.class.getName()));
    }

    static final class InvokeAdvice {
        private InvokeAdvice() {
        }

        @Advice.OnMethodEnter(suppress = Throwable.class)
        static int enter(@Advice.Argument(0) MethodInvocation invocation,
                         @Advice.FieldValue("repositoryInformation") RepositoryMetadata repository) {
            double minX = Double.NaN;
            double minY = Double.NaN;
            double maxX = Double.NaN;
            double maxY = Double.NaN;
            if (RepositoryCalls.active()) {
                for (Object argument : invocation.getArguments()) {
                    Envelope box = argument instanceof Geometry ? ((Geometry) argument).getEnvelopeInternal()
                            : argument instanceof Envelope ? (Envelope) argument : null;
                    if (box != null) {
                        if (!box.isNull()) {
                            minX = box.getMinX();
                            minY = box.getMinY();
                            maxX = box.getMaxX();
                            maxY = box.getMaxY();
                        }
                        break;
                    }
                }
            }
            return RepositoryCalls.enter(repository.getRepositoryInterface(), invocation.getMethod().getName(),
                    minX, minY, maxX, maxY);
        }

        @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
        static void exit(@Advice.Enter int mark, @Advice.Return Object result) {
            if (RepositoryCalls.exit(mark)) {
                RepositoryCalls.record(result);
            }
        }
    }
}
