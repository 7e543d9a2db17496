package dev.geoflight.agent.runtime;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCountTest {

    @Test
    void collectionsArraysAndOptionalsAreCounted() {
        assertThat(ResultCount.of(List.of(1, 2, 3))).isEqualTo(3);
        assertThat(ResultCount.of(new ArrayList<>())).isZero();
        assertThat(ResultCount.of(Set.of("a"))).isEqualTo(1);
        assertThat(ResultCount.of(new String[4])).isEqualTo(4);
        assertThat(ResultCount.of(new double[2])).isEqualTo(2);
        assertThat(ResultCount.of(Optional.of("x"))).isEqualTo(1);
        assertThat(ResultCount.of(Optional.empty())).isZero();
    }

    @Test
    void streamsIteratorsAndAnythingElseAreUnknown() {
        assertThat(ResultCount.of(Stream.of(1, 2))).isEqualTo(-1);
        assertThat(ResultCount.of(List.of(1).iterator())).isEqualTo(-1);
        assertThat(ResultCount.of(Map.of(1, 2))).isEqualTo(-1);
        assertThat(ResultCount.of(42)).isEqualTo(-1);
        assertThat(ResultCount.of(null)).isEqualTo(-1);
    }

    @Test
    void anIteratorIsNotAdvanced() {
        Iterator<Integer> iterator = List.of(7, 8).iterator();
        ResultCount.of(iterator);
        assertThat(iterator.next()).isEqualTo(7);
    }
}
