package dev.geoflight.agent.recording;

import dev.geoflight.agent.AgentLog;
import jdk.jfr.Recording;

import java.nio.file.Path;

/** The {@code record} option: a recording with GeoFlight's settings, written when the JVM exits. */
public final class RecordOnExit {

    private RecordOnExit() {
    }

    public static void start(Path destination) {
        try {
            Recording recording = new Recording(GeoFlightSettings.withJdkDefaults(GeoFlightSettings.STANDARD));
            recording.setName("geoflight");
            recording.setToDisk(true);
            recording.setDumpOnExit(true);
            recording.setDestination(destination);
            recording.start();
            AgentLog.info("recording; written to " + destination + " when the JVM exits");
        } catch (Exception | LinkageError e) {
            AgentLog.warn("could not start the recording for record=" + destination + ": " + e);
        }
    }
}
