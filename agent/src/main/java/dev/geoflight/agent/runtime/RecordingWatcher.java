package dev.geoflight.agent.runtime;

import dev.geoflight.agent.AgentLog;
import dev.geoflight.events.AgentInfoEvent;
import dev.geoflight.events.OperationStatisticsEvent;
import dev.geoflight.events.StatisticsFlushEvent;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;

/**
 * Switches measurement on while a recording runs (however it was started: command line, jcmd, JMC
 * or the agent's {@code record} option) and off when none does, and registers the hooks that turn
 * statistics cells into events: every period, and at the end of every chunk so that a stopping
 * recording or an exiting JVM still gets the last partial period.
 */
public final class RecordingWatcher implements FlightRecorderListener {

    private static boolean metricsOn;
    private static String agentVersion = "";

    private RecordingWatcher() {
    }

    /** Called once by the installer; does not initialize JFR if nothing else does. */
    public static void install(boolean metrics, String version) {
        metricsOn = metrics;
        agentVersion = version;
        Calls.active = metrics;
        FlightRecorder.addListener(new RecordingWatcher());
    }

    @Override
    public void recorderInitialized(FlightRecorder recorder) {
        FlightRecorder.addPeriodicEvent(OperationStatisticsEvent.class, Statistics::drain);
        FlightRecorder.addPeriodicEvent(StatisticsFlushEvent.class, RecordingWatcher::flush);
        FlightRecorder.addPeriodicEvent(AgentInfoEvent.class, RecordingWatcher::describeAgent);
        update(recorder);
    }

    @Override
    public void recordingStateChanged(Recording recording) {
        update(FlightRecorder.getFlightRecorder());
    }

    private static void update(FlightRecorder recorder) {
        boolean running = false;
        for (Recording recording : recorder.getRecordings()) {
            running |= recording.getState() == RecordingState.RUNNING;
        }
        boolean wasActive = Calls.active;
        if (running) {
            EventClock.calibrateInBackground();
        }
        Calls.active = running || metricsOn;
        if (wasActive != Calls.active) {
            AgentLog.debug(Calls.active ? "measuring: a recording is running" : "idle: no recording is running");
        }
    }

    private static void describeAgent() {
        AgentInfoEvent event = new AgentInfoEvent();
        event.version = agentVersion;
        event.mediumFrom = Complexity.mediumFrom();
        event.complexFrom = Complexity.complexFrom();
        event.commit();
    }

    private static void flush() {
        StatisticsFlushEvent event = new StatisticsFlushEvent();
        event.rows = Statistics.drain();
        event.commit();
    }
}
