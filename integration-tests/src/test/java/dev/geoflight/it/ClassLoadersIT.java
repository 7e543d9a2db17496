package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.ByteBuddyWorkload;
import dev.geoflight.it.workload.plugin.PluginHostWorkload;
import dev.geoflight.it.workload.plugin.PluginTask;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Class-path situations of real applications: JTS in a child class loader; the application's own ByteBuddy. */
class ClassLoadersIT {

    @Test
    void jtsLoadedByAPluginClassLoaderIsRecorded() {
        Path dir = ItEnvironment.workDir("plugin-loader");
        Path jfr = dir.resolve("plugin.jfr");
        String jts = ItEnvironment.defaultJtsVersion();
        // the application class path has neither JTS nor jts-io: only the host and the API jar
        JvmRun run = AgentJvm.of(PluginHostWorkload.class, dir)
                .classPath(List.of(ItEnvironment.testClasses(), ItEnvironment.jfrEvents()))
                .args(ItEnvironment.jtsCore(jts).toString(), ItEnvironment.testClasses().toString())
                .agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        assertThat(run.stdoutLines()).containsExactly("hits=3 jtsLoader=plugin", "host sees JTS: false");

        Recorded recorded = Recorded.read(jfr);
        assertThat(recorded.operationCountsByLayer()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Geometry.buffer|", 1L, "Geometry.intersects|plugin", (long) PluginTask.CALLS));
    }

    @Test
    void anApplicationWithItsOwnByteBuddyWorksAndIsRecorded() {
        Path dir = ItEnvironment.workDir("app-bytebuddy");
        Path jfr = dir.resolve("bytebuddy.jfr");
        JvmRun run = AgentJvm.of(ByteBuddyWorkload.class, dir).addClassPath(ItEnvironment.appByteBuddy())
                .agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        assertThat(run.stdoutLines()).containsExactly(
                "hello from the application's ByteBuddy",
                "bytebuddy=" + ItEnvironment.appByteBuddy().getFileName(),
                "hits=6");

        assertThat(Recorded.read(jfr).operationCountsByLayer())
                .containsExactlyInAnyOrderEntriesOf(Map.of("Geometry.intersects|app", (long) ByteBuddyWorkload.CALLS));
    }
}
