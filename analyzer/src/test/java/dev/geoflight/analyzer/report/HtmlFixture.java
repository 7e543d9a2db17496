package dev.geoflight.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;

/** An HTML report with every section filled, and a layer name that tries to inject markup. */
final class HtmlFixture {
    static final String HOSTILE_LAYER = "<script>alert('x')</script>&\"roads\"";

    private HtmlFixture() {
    }

    static Path report(Path dir) throws Exception {
        Path recording = TestRecording.record(dir.resolve("html.jfr"), e -> {
            e.stats("operation", "Geometry.buffer", HOSTILE_LAYER, "complex", 300, 300 * 4_000_000L, 9_000_000, 300L << 21,
                    LongStream.range(0, 300).map(i -> 1_000_000 + i * 20_000).toArray());
            e.stats("operation", "Geometry.intersects", "parcels", "simple", 5000, 5000 * 20_000L, 400_000, 5000 * 512,
                    LongStream.range(0, 500).map(i -> 5_000 + i * 50).toArray());
            e.stats("io", "WKTReader.read", "", "medium", 400, 400 * 900_000L, 2_000_000, 400 * 4096,
                    LongStream.range(0, 400).map(i -> 500_000 + i * 2_000).toArray());
            e.stats("repository", "RoadRepository.findNear", "roads", "", 2, 4_000_000, 3_000_000, 1000);
            e.repository("com.acme.RoadRepository", "findNear", "roads", 12, 500, 0);
            for (int i = 0; i < 40; i++) {
                e.operation("Geometry.buffer", HOSTILE_LAYER, "complex", i * 10, (i % 7) * 10, i * 10 + 5, (i % 7) * 10 + 5,
                        20_000, 1 << 21, "Polygon", "", i % 5 == 0 ? 1_000_000 : 0);
            }
        });
        Path html = dir.resolve("report.html");
        Cli cli = Cli.run("analyze", recording.toString(), "--format", "html", "--output", html.toString());
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(Files.size(html)).isPositive();
        return html;
    }
}
