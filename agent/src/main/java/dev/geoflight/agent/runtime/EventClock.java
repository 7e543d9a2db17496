package dev.geoflight.agent.runtime;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.RepositoryQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import dev.geoflight.agent.AgentLog;
import jdk.jfr.Event;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A measured call's duration taken from its own per-call event, so that a call whose event is
 * enabled reads the clock twice (the event's {@code begin()} and {@code end()}) instead of four
 * times. A clock read costs about 25 ns on a virtual machine without a fast TSC: as much as the
 * whole of JEP 520's method timing, which reads the clock twice per call.
 *
 * <p>JFR keeps an event's duration, in its own ticks, in a private {@code duration} field that it
 * adds to every event class (JDK 17 through 25 at least), written by {@code end()} whether or not
 * the event is enabled. Ticks are converted with a rate measured once against
 * {@link System#nanoTime()}; where the field is missing or the measurement fails, frames fall back
 * to reading {@code System.nanoTime()} themselves.
 */
final class EventClock {

    private static final VarHandle OPERATION = durationField(SpatialOperationEvent.class);
    private static final VarHandle INDEX_QUERY = durationField(IndexQueryEvent.class);
    private static final VarHandle INDEX_BUILD = durationField(IndexBuildEvent.class);
    private static final VarHandle IO = durationField(GeometryIOEvent.class);
    private static final VarHandle REPOSITORY = durationField(RepositoryQueryEvent.class);

    /** Two spans are timed and the rate taken from their difference: see {@link #calibrate()}. */
    private static final long SHORT_MILLIS = 20;
    private static final long LONG_MILLIS = 120;
    /** The reads around begin() and end() took longer than this: preempted, measure again. */
    private static final long MAX_BRACKET_NANOS = 50_000;
    private static final int MEASUREMENTS = 3;
    private static final int ATTEMPTS = 10;

    /** Nanoseconds per tick; 0 while unknown, and then calls are timed with {@code System.nanoTime()}. */
    private static volatile double nanosPerTick;
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private EventClock() {
    }

    /** True when durations can be read from events. */
    static boolean ready() {
        return nanosPerTick != 0;
    }

    /**
     * Measures the tick rate once, on a short-lived daemon thread: it sleeps, and a recording
     * started with the JVM must not delay the application's start. Until it is done calls are
     * timed with {@code System.nanoTime()}.
     */
    static void calibrateInBackground() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(EventClock::calibrate, "geoflight-clock");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /**
     * JFR's ticks can only be read through an event's begin() and end(), which take microseconds
     * when not yet compiled: each span is timed with System.nanoTime() around both, and the rate
     * comes from the difference between a long and a short span, so that the time begin() and
     * end() themselves take cancels out. The median of three such rates is kept.
     */
    static void calibrate() {
        if (OPERATION == null || INDEX_QUERY == null || INDEX_BUILD == null || IO == null || REPOSITORY == null) {
            return;
        }
        try {
            SpatialOperationEvent probe = new SpatialOperationEvent();
            double[] rates = new double[MEASUREMENTS];
            int measured = 0;
            for (int attempt = 0; attempt < ATTEMPTS && measured < MEASUREMENTS; attempt++) {
                double[] brief = span(probe, SHORT_MILLIS);
                double[] longer = span(probe, LONG_MILLIS);
                if (brief == null || longer == null || longer[1] <= brief[1]) {
                    continue;
                }
                rates[measured++] = (longer[0] - brief[0]) / (longer[1] - brief[1]);
            }
            if (measured == MEASUREMENTS) {
                Arrays.sort(rates);
                double rate = rates[MEASUREMENTS / 2];
                // JFR's ticks are nanoseconds unless it uses the TSC: then keep durations exact
                nanosPerTick = Math.abs(rate - 1) < 1e-4 ? 1 : rate;
                AgentLog.debug("calls with an enabled event are timed by it: " + nanosPerTick + " ns per JFR tick");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {nanoseconds, ticks} of one span, or null when a bracket was not tight. */
    private static double[] span(SpatialOperationEvent probe, long millis) throws InterruptedException {
        long beforeBegin = System.nanoTime();
        probe.begin();
        long afterBegin = System.nanoTime();
        Thread.sleep(millis);
        long beforeEnd = System.nanoTime();
        probe.end();
        long afterEnd = System.nanoTime();
        long ticks = (long) OPERATION.get(probe);
        if (ticks <= 0 || afterBegin - beforeBegin > MAX_BRACKET_NANOS || afterEnd - beforeEnd > MAX_BRACKET_NANOS) {
            return null;
        }
        return new double[] {(beforeEnd + afterEnd) / 2.0 - (beforeBegin + afterBegin) / 2.0, ticks};
    }

    /** The duration of an event ended by {@code end()}, in nanoseconds. */
    static long nanos(Event event) {
        long ticks;
        if (event instanceof SpatialOperationEvent operation) {
            ticks = (long) OPERATION.get(operation);
        } else if (event instanceof IndexQueryEvent query) {
            ticks = (long) INDEX_QUERY.get(query);
        } else if (event instanceof IndexBuildEvent build) {
            ticks = (long) INDEX_BUILD.get(build);
        } else if (event instanceof GeometryIOEvent io) {
            ticks = (long) IO.get(io);
        } else {
            ticks = (long) REPOSITORY.get((RepositoryQueryEvent) event);
        }
        double rate = nanosPerTick;
        return rate == 1 ? ticks : (long) (ticks * rate);
    }

    private static VarHandle durationField(Class<? extends Event> type) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findVarHandle(type, "duration", long.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
