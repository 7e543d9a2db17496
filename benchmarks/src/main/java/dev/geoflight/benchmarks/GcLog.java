package dev.geoflight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap of a child JVM from its {@code -Xlog:gc,gc+heap+exit,gc+exit} log (JDK 17 and 25 tag the exit line differently;
 * G1 and the serial collector, which the analyzer runs with, print different ones): the largest heap use seen
 * before a collection or at exit ({@link #peakBytes}), and the largest use left after a
 * collection ({@link #liveBytes}, the high-water mark of what the program really kept).
 */
public record GcLog(long peakBytes, long liveBytes, int collections) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern EXIT_USED = Pattern.compile("garbage-first heap.*?used (\\d+)K");
    /** The serial collector's exit lines, one per generation (JDK 25 names them DefNew and Tenured). */
    private static final Pattern EXIT_GENERATION_USED =
            Pattern.compile("^ (?:DefNew|def new generation|Tenured|tenured generation) +total \\d+K, used (\\d+)K");

    /** The JVM arguments that write the log this class reads. */
    public static List<String> jvmArgs(Path log) {
        return List.of("-Xlog:gc,gc+heap+exit,gc+exit:file=" + log.toAbsolutePath() + ":none");
    }

    public static GcLog read(Path log) throws IOException {
        long peak = 0;
        long live = 0;
        int collections = 0;
        long generationsAtExit = 0;
        if (!Files.exists(log)) {
            return new GcLog(-1, -1, 0);
        }
        for (String line : Files.readAllLines(log)) {
            Matcher pause = PAUSE.matcher(line);
            if (line.contains("Pause") && pause.find()) {
                collections++;
                peak = Math.max(peak, Long.parseLong(pause.group(1)) << 20);
                live = Math.max(live, Long.parseLong(pause.group(2)) << 20);
                continue;
            }
            Matcher exit = EXIT_USED.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Long.parseLong(exit.group(1)) << 10);
            }
            Matcher generation = EXIT_GENERATION_USED.matcher(line);
            if (generation.find()) {
                generationsAtExit += Long.parseLong(generation.group(1)) << 10;
                peak = Math.max(peak, generationsAtExit);
            }
        }
        if (collections == 0) {
            live = peak;
        }
        return new GcLog(peak, live, collections);
    }
}
