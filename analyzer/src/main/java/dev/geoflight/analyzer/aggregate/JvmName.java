package dev.geoflight.analyzer.aggregate;

/** "OpenJDK 64-Bit Server VM 17.0.15+6" out of jdk.JVMInformation's long version text. */
final class JvmName {
    private JvmName() {
    }

    /**
     * @param version e.g. {@code OpenJDK 64-Bit Server VM (17.0.15+6-Debian) for linux-amd64 JRE ..., built on ...}
     */
    static String shorten(String name, String version) {
        String v = version == null ? "" : version;
        int open = v.indexOf('(');
        int close = open < 0 ? -1 : v.indexOf(')', open);
        String number = close > open ? v.substring(open + 1, close) : v.lines().findFirst().orElse("");
        return ((name == null ? "" : name) + " " + number).trim();
    }
}
