package dev.geoflight.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the HTML report in a real headless Chromium (Debian's {@code chromium}): no console
 * messages (the page has no script, so any is an error such as a blocked load), the DOM holds the
 * charts, and the screenshot is not blank. Skips when Chromium is missing, unless CI=true.
 */
class HtmlReportBrowserTest {
    @TempDir
    Path dir;

    static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private List<String> command(Path chromium, Path profile, String... extra) {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--window-size=1280,1600"));
        command.addAll(List.of(extra));
        return command;
    }

    private static String run(List<String> command, Path stdout, Path stderr) throws Exception {
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish in 120 s: " + command);
        }
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Test
    void loadsWithoutConsoleErrorsAndRendersCharts() throws Exception {
        Path chromium = chromium();
        if (chromium == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("chromium is not installed but CI=true: the browser test of the HTML report must run in CI");
            }
            Assumptions.abort("chromium not installed: skipping the browser test of the HTML report (apt-get install chromium)");
        }
        Path html = HtmlFixture.report(dir);
        String url = html.toUri().toString();

        Path dom = dir.resolve("dom.html");
        String domLog = run(command(chromium, Files.createDirectory(dir.resolve("profile-dom")), "--dump-dom", url),
                dom, dir.resolve("dom.err"));
        assertThat(consoleLines(domLog)).as("console messages while loading the report").isEmpty();
        assertThat(Files.readString(dom)).contains("<svg id=\"hotspot-bars\"").contains("<svg id=\"heat-map\"")
                .contains("GeoFlight report");

        Path png = dir.resolve("shot.png");
        String shotLog = run(command(chromium, Files.createDirectory(dir.resolve("profile-shot")), "--screenshot=" + png,
                "--hide-scrollbars", url), dir.resolve("shot.out"), dir.resolve("shot.err"));
        assertThat(consoleLines(shotLog)).as("console messages while loading the report").isEmpty();
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(new File(png.toString()));
        assertThat(image.getWidth()).isEqualTo(1280);
        long ink = 0;
        Set<Integer> colors = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colors.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        long sampled = (long) (image.getHeight() / 2) * (image.getWidth() / 2);
        assertThat(ink).as("non-white pixels of %d sampled", sampled).isGreaterThan(sampled / 50);
        assertThat(colors.size()).as("distinct colours (text, bars, heat map)").isGreaterThan(20);
    }

    /** Chromium logs every console message (errors of blocked or failed loads included) as CONSOLE lines. */
    private static List<String> consoleLines(String log) {
        return log.lines().filter(line -> line.contains("CONSOLE") || line.contains("Failed to load")
                || line.contains("Refused to")).toList();
    }
}
