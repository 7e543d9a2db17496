package dev.geoflight.it.workload;

import dev.geoflight.GeoFlight;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.List;

/** {@link #THREADS} threads at once, each making {@link #CALLS} intersects in its own layer "thread-N". */
public final class ConcurrentWorkload {

    public static final int THREADS = 4;
    public static final int CALLS = 2_500;

    private ConcurrentWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Geometry area = Shapes.rectangle(0, 0, 10, 10);
        List<Thread> threads = new ArrayList<>();
        int[] hits = new int[THREADS];
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                try (GeoFlight.Scope scope = GeoFlight.layer("thread-" + id)) {
                    for (int i = 0; i < CALLS; i++) {
                        hits[id] += area.intersects(Shapes.point(i % 20, 5)) ? 1 : 0;
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println("hits=" + java.util.Arrays.toString(hits));
    }
}
