package dev.geoflight.agent.config;

import dev.geoflight.agent.AgentLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentOptionsTest {

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
        AgentLog.setLevel(AgentLog.Level.INFO);
    }

    private String messages() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        AgentOptions options = AgentOptions.parse(null, Map.of(), Map.of());
        assertThat(options).isEqualTo(AgentOptions.defaults());
        assertThat(options.simpleBelow()).isEqualTo(100);
        assertThat(options.complexFrom()).isEqualTo(10_000);
        assertThat(messages()).isEmpty();
    }

    @Test
    void thresholdsKeepTheirCommaInsideTheAgentArgument() {
        AgentOptions options = AgentOptions.parse("complexity.thresholds=50,500,log=quiet", Map.of(), Map.of());
        assertThat(options.simpleBelow()).isEqualTo(50);
        assertThat(options.complexFrom()).isEqualTo(500);
        assertThat(options.log()).isEqualTo(AgentLog.Level.QUIET);
        assertThat(messages()).isEmpty();
    }

    @Test
    void agentArgumentBeatsSystemPropertyBeatsEnvironment() {
        Map<String, String> env = Map.of("GEOFLIGHT_RECORD", "env.jfr", "GEOFLIGHT_COMPLEXITY_THRESHOLDS", "1,2",
                "GEOFLIGHT_LOG", "debug");
        Map<String, String> props = Map.of("geoflight.record", "prop.jfr", "geoflight.complexity.thresholds", "3,4");
        AgentOptions options = AgentOptions.parse("record=arg.jfr", props, env);
        assertThat(options.record()).isEqualTo(Path.of("arg.jfr").toAbsolutePath());
        assertThat(options.simpleBelow()).isEqualTo(3);
        assertThat(options.complexFrom()).isEqualTo(4);
        assertThat(options.log()).isEqualTo(AgentLog.Level.DEBUG);
    }

    @Test
    void eachBadValueGetsOneLineAndItsDefault() {
        AgentOptions options = AgentOptions.parse("complexity.thresholds=9,3,log=loud,metrics.port=70000", Map.of(), Map.of());
        assertThat(options.simpleBelow()).isEqualTo(100);
        assertThat(options.complexFrom()).isEqualTo(10_000);
        assertThat(options.log()).isEqualTo(AgentLog.Level.INFO);
        assertThat(options.metricsPort()).isEqualTo(9464);
        assertThat(messages().lines()).containsExactly(
                "[geoflight] bad value 'loud' for option log: expected quiet, info or debug; using the default",
                "[geoflight] bad value '9,3' for option complexity.thresholds: expected two vertex counts A,B with 0 <= A <= B, e.g. 100,10000; using the default",
                "[geoflight] bad value '70000' for option metrics.port: expected a port number from 0 to 65535; using the default");
    }

    @Test
    void unknownKeyIsNamedOnceAndIgnored() {
        AgentOptions options = AgentOptions.parse("recrod=x.jfr", Map.of(), Map.of());
        assertThat(options).isEqualTo(AgentOptions.defaults());
        assertThat(messages().lines()).containsExactly(
                "[geoflight] unknown option 'recrod' (value 'x.jfr') ignored; known options: " + String.join(", ", AgentOptions.KEYS));
    }

    @Test
    void layersAndRepositoriesAreGlobLists() {
        AgentOptions options = AgentOptions.parse(
                "layers=com.acme.roads.**=roads;com.acme.Parcels=parcels,repositories=com.acme.**.*Repository", Map.of(), Map.of());
        assertThat(options.layers()).extracting(m -> m.glob().glob() + "=" + m.layer())
                .containsExactly("com.acme.roads.**=roads", "com.acme.Parcels=parcels");
        assertThat(options.repositories()).extracting(ClassGlob::glob).containsExactly("com.acme.**.*Repository");
    }

    @Test
    void malformedLayerMappingKeepsTheDefault() {
        AgentOptions options = AgentOptions.parse("layers=com.acme.Roads", Map.of(), Map.of());
        assertThat(options.layers()).isEmpty();
        assertThat(messages()).contains("bad value 'com.acme.Roads' for option layers");
    }

    @Test
    void maxLayersDefaultsToAThousand() {
        assertThat(AgentOptions.parse(null, Map.of(), Map.of()).maxLayers()).isEqualTo(1_000);
    }

    @Test
    void maxLayersIsReadFromEveryPlaceAnOptionCanBe() {
        assertThat(AgentOptions.parse("max.layers=50", Map.of(), Map.of()).maxLayers()).isEqualTo(50);
        assertThat(AgentOptions.parse(null, Map.of("geoflight.max.layers", "60"), Map.of()).maxLayers()).isEqualTo(60);
        assertThat(AgentOptions.parse(null, Map.of(), Map.of("GEOFLIGHT_MAX_LAYERS", "70")).maxLayers()).isEqualTo(70);
    }

    @Test
    void aBadMaxLayersKeepsTheDefaultWithOneLine() {
        assertThat(AgentOptions.parse("max.layers=0", Map.of(), Map.of()).maxLayers()).isEqualTo(1_000);
        assertThat(messages().lines().toList()).containsExactly(
                "[geoflight] bad value '0' for option max.layers: expected a whole number of at least 1, e.g. 1000; using the default");
    }
}
