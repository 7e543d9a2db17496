package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.CountsWorkload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The agent on JDK 17 and JDK 25 explicitly, whichever JDK runs the tests (every other test runs
 * its child JVMs on that one). A JDK that is not installed is skipped, saying so.
 */
class JdkIT {

    @ParameterizedTest(name = "JDK {0}")
    @CsvSource({"17, /usr/lib/jvm/java-17-openjdk-amd64", "25, /usr/lib/jvm/temurin-25-jdk-amd64"})
    void exactCountsOnThisJdk(int feature, Path home) {
        assumeTrue(Files.isExecutable(home.resolve("bin/java")), "JDK " + feature + " is not installed at " + home + ": skipped");
        Path dir = ItEnvironment.workDir("jdk-" + feature);
        Path jfr = dir.resolve("jdk.jfr");
        JvmRun run = AgentJvm.of(CountsWorkload.class, dir).javaHome(home).agentOptions("log=quiet")
                .recordAllCalls(jfr).run().assertSucceeded();
        assertThat(run.stdoutLines()).first().isEqualTo("java=" + feature);

        Recorded recorded = Recorded.read(jfr);
        assertThat(recorded.operationCountsByLayer()).containsExactlyInAnyOrderEntriesOf(CountsWorkload.expectedCounts());
        assertThat(recorded.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(CountsWorkload.expectedCounts());
    }
}
