package dev.geoflight.analyzer.cli;

import java.io.PrintStream;

/** Progress lines go to stderr only when a person watches it: not into pipes, files or tests. */
final class ProgressStream {
    private ProgressStream() {
    }

    static PrintStream forTerminal() {
        return System.console() != null ? System.err : null;
    }
}
