package dev.geoflight.it.repository.workload;

import dev.geoflight.GeoFlight;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Work handed to executors and CompletableFuture inside a layer scope: step k (see {@link Marker})
 * runs on a pool thread and must get {@link #EXPECTED_LAYERS}[k]. Every pool has run work before,
 * so its threads exist already and nothing is inherited from the thread that created them.
 */
public final class PropagationWorkload {

    public static final String[] EXPECTED_LAYERS = {
            null,
            "async",   // 1: ThreadPoolExecutor.execute
            "async",   // 2: ThreadPoolExecutor.submit
            "async",   // 3: ScheduledThreadPoolExecutor.schedule
            "async",   // 4: ForkJoinPool.submit
            "async",   // 5: a RecursiveAction's forked subtask
            "async",   // 6: the other forked subtask
            "async",   // 7: CompletableFuture.supplyAsync (default executor)
            "async",   // 8: CompletableFuture.runAsync on a ThreadPoolExecutor
            "async",   // 9: thenApplyAsync started in the scope, completed outside it
            "",        // 10: submitted after the scope closed: the pool thread kept nothing
            "",        // 11: the same for ForkJoinPool
            "roads",   // 12: submitted inside a repository call
            "inner",   // 13: a scope opened inside the task wins
            "outer",   // 14: ... and after it closed the task's own layer is back
            "async",   // 15: first run of a periodic task scheduled in the scope
            "async",   // 16: its second run
            "async",   // 17-20: the elements of a parallel stream run in a ForkJoinPool
            "async",
            "async",
            "async",
    };

    private PropagationWorkload() {
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(1);
        ForkJoinPool forkJoin = new ForkJoinPool(2);
        // start the threads outside any scope
        pool.submit(() -> { }).get();
        scheduler.submit(() -> { }).get();
        forkJoin.submit(() -> { }).get();

        CompletableFuture<Integer> started = new CompletableFuture<>();
        CompletableFuture<Integer> later;
        try (GeoFlight.Scope scope = GeoFlight.layer("async")) {
            CountDownLatch done = new CountDownLatch(1);
            pool.execute(() -> {
                Marker.step(1);
                done.countDown();
            });
            done.await();
            pool.submit(() -> Marker.step(2)).get();
            scheduler.schedule(() -> Marker.step(3), 1, TimeUnit.MILLISECONDS).get();
            forkJoin.submit(() -> Marker.step(4)).get();
            forkJoin.invoke(new Split());
            CompletableFuture.supplyAsync(() -> {
                Marker.step(7);
                return 7;
            }).get();
            CompletableFuture.runAsync(() -> Marker.step(8), pool).get();
            later = started.thenApplyAsync(v -> {
                Marker.step(v);
                return v;
            }, pool);
            periodic(scheduler);
            // a parallel stream run in a pool: its subtasks are made and stolen by the pool's threads
            forkJoin.submit(() -> IntStream.rangeClosed(17, 20).parallel().forEach(Marker::step)).get();
        }
        started.complete(9);
        later.get();
        pool.submit(() -> Marker.step(10)).get();
        forkJoin.submit(() -> Marker.step(11)).get();
        new RoadRepository(new ParcelStore()).async(pool, 12);
        try (GeoFlight.Scope outer = GeoFlight.layer("outer")) {
            pool.submit(() -> {
                try (GeoFlight.Scope inner = GeoFlight.layer("inner")) {
                    Marker.step(13);
                }
                Marker.step(14);
            }).get();
        }
        failingTask(pool);
        pool.shutdown();
        scheduler.shutdown();
        forkJoin.shutdown();
    }

    /** Steps 15 and 16 from the first two runs of one periodic task; later runs do nothing. */
    private static void periodic(ScheduledExecutorService scheduler) throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch twice = new CountDownLatch(2);
        ScheduledFuture<?> task = scheduler.scheduleAtFixedRate(() -> {
            int run = runs.incrementAndGet();
            if (run <= 2) {
                Marker.step(14 + run);
                twice.countDown();
            }
        }, 0, 1, TimeUnit.MILLISECONDS);
        twice.await();
        task.cancel(false);
    }

    /** A task's exception reaches the caller unchanged. */
    private static void failingTask(ExecutorService pool) throws InterruptedException {
        try (GeoFlight.Scope scope = GeoFlight.layer("async")) {
            pool.submit(() -> {
                throw new IllegalStateException("task failed");
            }).get();
        } catch (ExecutionException e) {
            System.out.println("failed with " + e.getCause());
        }
    }

    /** Forks steps 5 and 6 as subtasks. */
    private static final class Split extends RecursiveAction {
        private final int step;

        Split() {
            this(0);
        }

        private Split(int step) {
            this.step = step;
        }

        @Override
        protected void compute() {
            if (step != 0) {
                Marker.step(step);
                return;
            }
            invokeAll(new Split(5), new Split(6));
        }
    }
}
