package dev.geoflight.agent;

/** The agent's own messages: one line each on stderr, prefixed {@code [geoflight]}. */
public final class AgentLog {

    public enum Level { QUIET, INFO, DEBUG }

    private static volatile Level level = Level.INFO;

    private AgentLog() {
    }

    public static void setLevel(Level newLevel) {
        level = newLevel;
    }

    /** Problems the user must see (bad options, failed start): printed even when quiet. */
    public static void warn(String message) {
        System.err.println("[geoflight] " + message);
    }

    public static void info(String message) {
        if (level != Level.QUIET) {
            System.err.println("[geoflight] " + message);
        }
    }

    public static void debug(String message) {
        if (level == Level.DEBUG) {
            System.err.println("[geoflight] " + message);
        }
    }

    public static boolean isDebug() {
        return level == Level.DEBUG;
    }
}
