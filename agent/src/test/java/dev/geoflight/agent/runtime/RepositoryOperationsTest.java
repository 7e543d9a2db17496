package dev.geoflight.agent.runtime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryOperationsTest {

    @Test
    void operationsAreNamedBySimpleClassNameAndMethod() {
        Operation operation = Operations.get(RepositoryOperations.register("com.acme.roads.RoadRepository", "near"));
        assertThat(operation.name()).isEqualTo("RoadRepository.near");
        assertThat(operation.kind()).isEqualTo(OperationKind.REPOSITORY);
    }

    @Test
    void aSecondClassWithTheSameSimpleNameKeepsItsFullName() {
        int first = RepositoryOperations.register("com.acme.a.ParcelDao", "find");
        int second = RepositoryOperations.register("com.acme.b.ParcelDao", "find");
        assertThat(Operations.get(first).name()).isEqualTo("ParcelDao.find");
        assertThat(Operations.get(second).name()).isEqualTo("com.acme.b.ParcelDao.find");
        assertThat(RepositoryOperations.register("com.acme.a.ParcelDao", "find")).isEqualTo(first);
    }
}
