package dev.geoflight.agent.config;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MaxLayersOptionTest {

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void defaultsToAThousand() {
        assertThat(AgentOptions.parse(null, Map.of(), Map.of()).maxLayers()).isEqualTo(1_000);
    }

    @Test
    void readFromEveryPlaceAnOptionCanBe() {
        assertThat(AgentOptions.parse("max.layers=50", Map.of(), Map.of()).maxLayers()).isEqualTo(50);
        assertThat(AgentOptions.parse(null, Map.of("geoflight.max.layers", "60"), Map.of()).maxLayers()).isEqualTo(60);
        assertThat(AgentOptions.parse(null, Map.of(), Map.of("GEOFLIGHT_MAX_LAYERS", "70")).maxLayers()).isEqualTo(70);
    }

    @Test
    void aBadValueKeepsTheDefaultWithOneLine() {
        assertThat(AgentOptions.parse("max.layers=0", Map.of(), Map.of()).maxLayers()).isEqualTo(1_000);
        assertThat(stderr.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "[geoflight] bad value '0' for option max.layers: expected a whole number of at least 1, e.g. 1000; using the default");
    }
}
