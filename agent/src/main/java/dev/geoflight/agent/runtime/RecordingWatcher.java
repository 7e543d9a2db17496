package dev.geoflight.agent.runtime;

import dev.geoflight.agent.AgentLog;
import dev.geoflight.events.AgentInfoEvent;
import dev.geoflight.events.OperationStatisticsEvent;
import dev.geoflight.events.StatisticsFlushEvent;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.FlightRecorderListener;
import jdk.jfr.Name;
import jdk.jfr.Recording;
import jdk.jfr.RecordingState;
import jdk.jfr.Threshold;

import java.util.Map;

/**
 * Switches measurement on while a recording runs (however it was started: command line, jcmd, JMC
 * or the agent's {@code record} option) and off when none does, and registers the hooks that turn
 * statistics cells into events: every period, and at the end of every chunk so that a stopping
 * recording or an exiting JVM still gets the last partial period.
 */
public final class RecordingWatcher implements FlightRecorderListener {

    private static boolean metricsOn;
    private static String agentVersion = "";
    /** By {@link OperationKind}: a running recording commits every call's event (threshold 0). */
    private static volatile boolean[] everyCall = new boolean[OperationKind.values().length];

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

    /** True while a running recording commits the event of every call of this kind, however short. */
    static boolean recordsEveryCall(OperationKind kind) {
        return everyCall[kind.ordinal()];
    }

    private static void update(FlightRecorder recorder) {
        boolean running = false;
        boolean[] every = new boolean[OperationKind.values().length];
        for (Recording recording : recorder.getRecordings()) {
            if (recording.getState() == RecordingState.RUNNING) {
                running = true;
                Map<String, String> settings = recording.getSettings();
                for (OperationKind kind : OperationKind.values()) {
                    every[kind.ordinal()] |= commitsEveryCall(settings, kind.event());
                }
            }
        }
        everyCall = every;
        Operations.updateSamplingPeriods();
        boolean wasActive = Calls.active;
        if (running) {
            EventClock.calibrateInBackground();
        }
        Calls.active = running || metricsOn;
        if (wasActive != Calls.active) {
            AgentLog.debug(Calls.active ? "measuring: a recording is running" : "idle: no recording is running");
        }
    }

    /** A recording's settings, or the event class's own defaults where they say nothing. */
    static boolean commitsEveryCall(Map<String, String> settings, Class<? extends Event> type) {
        String name = type.getAnnotation(Name.class).value();
        Enabled enabled = type.getAnnotation(Enabled.class);
        Threshold threshold = type.getAnnotation(Threshold.class);
        String on = settings.getOrDefault(name + "#enabled", String.valueOf(enabled == null || enabled.value()));
        String cut = settings.getOrDefault(name + "#threshold", threshold == null ? "0 ns" : threshold.value());
        return Boolean.parseBoolean(on.trim()) && isZero(cut);
    }

    /** A JFR timespan such as "0 ms", "0 ns" or "0"; "0.5 ms" is not zero. */
    private static boolean isZero(String timespan) {
        String value = timespan.trim();
        int end = 0;
        while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '.')) {
            end++;
        }
        try {
            return end > 0 && Double.parseDouble(value.substring(0, end)) == 0;
        } catch (NumberFormatException e) {
            return false;
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
