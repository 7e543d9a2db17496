package dev.geoflight.agent.repository;

import dev.geoflight.agent.instrument.AdviceClassFiles;
import dev.geoflight.agent.instrument.TypePools;
import dev.geoflight.agent.config.AgentOptions;
import dev.geoflight.agent.runtime.RepositoryLayers;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isEquals;
import static net.bytebuddy.matcher.ElementMatchers.isHashCode;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.isSetter;
import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.isToString;
import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Spatial repositories: the public methods of classes matched by the {@code repositories} option,
 * annotated {@code @SpatialRepository} or Spring's {@code @Repository}, and Spring Data repository
 * interfaces. Each call becomes a RepositoryQuery event and a {@code repository} statistics row, and
 * the repository's layer applies to the JTS work done inside it.
 */
public final class RepositoryInstrumentation {

    /**
     * Public instance methods with a body, other than the ones every object has and setters (a
     * framework wiring a repository at start-up is no query).
     */
    private static final ElementMatcher.Junction<MethodDescription> CALLS = isMethod().and(isPublic())
            .and(not(isStatic())).and(not(isAbstract())).and(not(isSynthetic())).and(not(isBridge()))
            .and(not(isToString())).and(not(isEquals())).and(not(isHashCode())).and(not(isSetter()));

    private RepositoryInstrumentation() {
    }

    public static AgentBuilder install(AgentBuilder builder, AgentOptions options) {
        RepositoryLayers.configure(options.layers());
        // a class is instrumented once however many ways it is a repository; generated proxies
        // ($$ in the name: Spring CGLIB, Hibernate, ByteBuddy) delegate to the class they proxy
        ElementMatcher.Junction<TypeDescription> classes = not(isInterface()).and(not(nameContains("$$")))
                .and(AnnotatedRepositories.types().or(SpringAnnotatedRepositories.types())
                        .or(GlobRepositories.types(options.repositories())));
        builder = builder.type(classes).transform(new AgentBuilder.Transformer.ForAdvice(
                        RepositoryBindings.bind(Advice.withCustomMapping()))
                .with(TypePools.SHARED)
                .include(AdviceClassFiles.INSTANCE)
                .advice(CALLS, RepositoryClassAdvice.class.getName()));
        return SpringDataRepositories.install(builder);
    }
}
