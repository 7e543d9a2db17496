package dev.geoflight.analyzer.cli;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;

/** Progress lines go to stderr only when a person watches it: not into pipes, files or tests. */
final class ProgressStream {
    private ProgressStream() {
    }

    static PrintStream forTerminal() {
        return isTerminal() ? System.err : null;
    }

    /**
     * Up to JDK 21 a console exists only on a terminal; from JDK 22 one always exists and
     * {@code Console.isTerminal()} (called reflectively: this code is built for 17) tells.
     */
    private static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return Boolean.TRUE.equals(isTerminal.invoke(console));
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
