package dev.geoflight.analyzer;

import dev.geoflight.analyzer.cli.GeoFlightCli;

/** {@code java -jar geoflight.jar ...}: runs the command line and exits with its status. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(GeoFlightCli.run(args, System.out, System.err));
    }
}
