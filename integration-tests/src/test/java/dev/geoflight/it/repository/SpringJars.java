package dev.geoflight.it.repository;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

import java.nio.file.Path;

/** The Spring jars this test JVM has, for child JVMs whose workloads return Spring Data pages. */
final class SpringJars {

    private SpringJars() {
    }

    static Path dataCommons() {
        return RepositoryEvents.jarOf(Page.class);
    }

    /** Where {@code @Repository} lives: an application that uses it has it at run time too. */
    static Path context() {
        return RepositoryEvents.jarOf(Repository.class);
    }

    static Path core() {
        return RepositoryEvents.jarOf(Assert.class);
    }
}
