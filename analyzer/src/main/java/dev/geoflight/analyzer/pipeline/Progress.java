package dev.geoflight.analyzer.pipeline;

import dev.geoflight.analyzer.report.Units;
import java.io.PrintStream;

/**
 * One self-overwriting progress line per file on a terminal, at most twice a second, and only
 * for reads that take long enough for a person to wonder.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream out;
    private final String file;
    private final long started = System.nanoTime();
    private long lastShown;
    private boolean shown;

    Progress(PrintStream out, String file) {
        this.out = out;
        this.file = file;
    }

    long update(long bytesRead, long fileBytes) {
        long now = System.nanoTime();
        if (now - started >= INTERVAL_NANOS && now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            shown = true;
            out.printf("\rgeoflight: reading %s: %d%% (%s of %s)", file, fileBytes == 0 ? 100 : bytesRead * 100 / fileBytes,
                    Units.bytes(bytesRead), Units.bytes(fileBytes));
            out.flush();
        }
        return bytesRead;
    }

    void done() {
        if (shown) {
            out.printf("\rgeoflight: read %s in %s%n", file, Units.duration(System.nanoTime() - started));
            out.flush();
        }
    }
}
