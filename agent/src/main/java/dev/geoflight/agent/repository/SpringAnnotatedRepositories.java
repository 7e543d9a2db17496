package dev.geoflight.agent.repository;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.not;

/**
 * Concrete classes annotated with Spring's {@code @Repository}, matched by the annotation's name so
 * that GeoFlight never depends on Spring. Interfaces are left to {@link SpringDataRepositories}, and
 * so are Spring's own annotated classes (Spring Data's {@code SimpleJpaRepository} is one): the
 * application reaches them through its repository interfaces, which name the calls better.
 */
final class SpringAnnotatedRepositories {

    private static final String REPOSITORY = "org.springframework.stereotype.Repository";

    private SpringAnnotatedRepositories() {
    }

    static ElementMatcher.Junction<TypeDescription> types() {
        return isAnnotatedWith(named(REPOSITORY)).and(not(isAbstract())).and(not(nameStartsWith("org.springframework.")));
    }
}
