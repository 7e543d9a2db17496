package dev.geoflight.agent.runtime;

import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.RepositoryQueryEvent;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Durations read back from JFR's own fields of an ended event, against System.nanoTime around and inside. */
class EventClockTest {

    @Test
    void readsTheDurationOfAnEndedEventInNanoseconds() {
        try (Recording recording = new Recording()) {
            // JFR fills an event's begin() and end() in once it runs
            recording.start();
            measure();
        }
    }

    private static void measure() {
        EventClock.calibrate();
        assertThat(EventClock.ready()).as("JFR's duration field found and its tick rate measured").isTrue();
        for (var event : new jdk.jfr.Event[] {new IndexQueryEvent(), new RepositoryQueryEvent()}) {
            long outerStart = System.nanoTime();
            event.begin();
            long innerStart = System.nanoTime();
            while (System.nanoTime() - innerStart < 3_000_000) {
                Thread.onSpinWait();
            }
            long inner = System.nanoTime() - innerStart;
            event.end();
            long outer = System.nanoTime() - outerStart;

            long nanos = EventClock.nanos(event);
            assertThat(nanos).as(event.getClass().getSimpleName()).isBetween(inner - 1_000, outer + 1_000);
        }
    }
}
