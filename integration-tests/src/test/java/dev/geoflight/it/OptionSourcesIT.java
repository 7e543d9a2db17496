package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.SmallWorkload;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options from the agent argument, {@code -Dgeoflight.KEY} and {@code GEOFLIGHT_KEY}, in that order
 * of precedence; told apart by the complexity of one 150-vertex call under each source's thresholds.
 */
class OptionSourcesIT {

    private static final String ENV = "GEOFLIGHT_COMPLEXITY_THRESHOLDS";
    /** 150 < 200: simple. */
    private static final String ENV_THRESHOLDS = "200,300";
    /** 150 >= 100: complex. */
    private static final String PROPERTY = "-Dgeoflight.complexity.thresholds=10,100";
    /** 100 <= 150 < 1000: medium. */
    private static final String ARGUMENT = "complexity.thresholds=100,1000";

    @Test
    void environmentVariableAlone() {
        assertThat(complexity("env", AgentJvm.of(SmallWorkload.class, dir("env")).env(ENV, ENV_THRESHOLDS)))
                .isEqualTo("simple");
    }

    @Test
    void systemPropertyBeatsEnvironment() {
        assertThat(complexity("property", AgentJvm.of(SmallWorkload.class, dir("property")).env(ENV, ENV_THRESHOLDS)
                .jvmArgs(PROPERTY))).isEqualTo("complex");
    }

    @Test
    void agentArgumentBeatsBoth() {
        assertThat(complexity("argument", AgentJvm.of(SmallWorkload.class, dir("argument")).env(ENV, ENV_THRESHOLDS)
                .jvmArgs(PROPERTY).agentOptions(ARGUMENT + ",log=quiet"))).isEqualTo("medium");
    }

    @Test
    void quietLogPrintsNothingWhenAllIsWell() {
        Path dir = dir("quiet");
        JvmRun run = AgentJvm.of(SmallWorkload.class, dir).jvmArgs("-Dgeoflight.log=quiet")
                .recordAllCalls(dir.resolve("quiet.jfr")).run().assertSucceeded();
        assertThat(run.geoflightLines()).isEmpty();
    }

    private static String complexity(String name, AgentJvm jvm) {
        Path jfr = ItEnvironment.workDir("option-sources").resolve(name + ".jfr");
        jvm.recordAllCalls(jfr).run().assertSucceeded();
        return Recorded.read(jfr).single("Geometry.isSimple").getString("complexity");
    }

    private static Path dir(String name) {
        return ItEnvironment.workDir("option-sources-" + name);
    }
}
