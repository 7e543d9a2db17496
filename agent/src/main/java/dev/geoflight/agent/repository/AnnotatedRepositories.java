package dev.geoflight.agent.repository;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

/** Classes annotated {@code @SpatialRepository}, matched by name like every type the application owns. */
final class AnnotatedRepositories {

    private AnnotatedRepositories() {
    }

    static ElementMatcher.Junction<TypeDescription> types() {
        return isAnnotatedWith(named(RepositoryBindings.SPATIAL_REPOSITORY));
    }
}
