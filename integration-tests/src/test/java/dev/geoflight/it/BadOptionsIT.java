package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.SmallWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad options never stop the application: one {@code [geoflight]} line each, naming the key and
 * the bad value, and the setting keeps its default. Bad options come from all three sources: the
 * agent argument, a system property and an environment variable.
 */
class BadOptionsIT {

    private static JvmRun run;
    private static Recorded recorded;

    @BeforeAll
    static void start() {
        Path dir = ItEnvironment.workDir("bad-options");
        Path jfr = dir.resolve("bad-options.jfr");
        run = AgentJvm.of(SmallWorkload.class, dir)
                .agentOptions("bogus.key=zebra,complexity.thresholds=seven")
                .jvmArgs("-Dgeoflight.log=loud")
                .env("GEOFLIGHT_METRICS_PORT", "99999")
                .recordAllCalls(jfr).run();
        recorded = Recorded.read(jfr);
    }

    @Test
    void theApplicationRunsAndExitsNormally() {
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdoutLines()).containsExactly("simple=true");
    }

    @Test
    void eachBadOptionGetsExactlyOneLineNamingKeyAndValue() {
        assertOneLine("bogus.key", "zebra");
        assertOneLine("complexity.thresholds", "seven");
        assertOneLine("log", "loud");
        assertOneLine("metrics.port", "99999");
        // the four above and the "attached" note of the default log level, info: nothing else
        assertThat(run.geoflightLines()).hasSize(5);
        assertThat(run.geoflightLines()).anySatisfy(line -> assertThat(line).contains("attached"));
    }

    @Test
    void aBadThresholdKeepsTheDefaultThresholds() {
        // 150 vertices: medium with the defaults 100,10000
        assertThat(recorded.single("Geometry.isSimple").getString("complexity")).isEqualTo("medium");
    }

    private static void assertOneLine(String key, String value) {
        List<String> lines = run.geoflightLines().stream()
                .filter(line -> line.contains("'" + key + "'") || line.contains("option " + key + ":") || line.contains(" " + key + " "))
                .toList();
        assertThat(lines).as("lines about %s in:%n%s", key, run.stderr()).hasSize(1);
        assertThat(lines.get(0)).contains(value);
    }
}
