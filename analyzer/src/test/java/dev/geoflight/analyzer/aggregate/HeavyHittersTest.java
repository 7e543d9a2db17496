package dev.geoflight.analyzer.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeavyHittersTest {

    @Test
    void aKeyUsedInALoopSurvivesAFloodOfOneOffKeys() {
        HeavyHitters<String> hitters = new HeavyHitters<>(1 << 12);
        for (int i = 0; i < 1_000_000; i++) {
            hitters.add("before-" + i);
        }
        for (int i = 0; i < 100; i++) {
            hitters.add("receiver"); // one geometry tested against 100 others in a loop
        }
        for (int i = 0; i < 1_000_000; i++) {
            hitters.add("after-" + i);
        }
        assertThat(hitters.counts().get("receiver")).isBetween(95L, 100L);
        assertThat(hitters.counts()).hasSizeLessThanOrEqualTo(1 << 12);
    }

    @Test
    void exactWhileThereIsRoom() {
        HeavyHitters<Integer> hitters = new HeavyHitters<>(64);
        for (int i = 0; i < 10; i++) {
            for (int k = 0; k <= i; k++) {
                hitters.add(i);
            }
        }
        for (int i = 0; i < 10; i++) {
            assertThat(hitters.counts().get(i)).isEqualTo(i + 1L);
        }
    }
}
