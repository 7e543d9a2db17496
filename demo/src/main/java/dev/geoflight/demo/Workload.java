package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the tasks on a pool of worker threads until the time is up. Each worker first runs every
 * task kind once (so even a very short run covers them all, whatever the machine's speed), then
 * walks one cycle of the request mix after another. Workers enter the kinds and the cycle at
 * different offsets and draw from their own random streams derived from the seed, so which
 * features a worker touches is reproducible; how many runs fit in the time is not.
 */
public final class Workload {
    /** Mixes the worker number into the seed so workers do not touch the same features in step. */
    private static final long WORKER_SEED_STRIDE = 0x9E3779B97F4A7C15L;

    /**
     * How many runs of each task one cycle holds: like a service, many cheap lookups for every
     * expensive dissolve. Chosen from measured run times so that each kind gets a few per cent to
     * about a fifth of the time (the dissolve most, because downtown districts cost the most).
     */
    private static final List<Share> MIX = List.of(
            new Share(new SpatialJoinTask(), 60),
            new Share(new PreparedJoinTask(), 8),
            new Share(new RoadBufferTask(), 24),
            new Share(new RiverCorridorTask(), 1),
            new Share(new SimplifyTask(), 1),
            new Share(new DissolveTask(), 1),
            new Share(new NaiveUnionTask(), 2),
            new Share(new ValidityRepairTask(), 8),
            new Share(new NearestRoadTask(), 12),
            new Share(new FormatRoundTripTask(), 6),
            new Share(new RoadWideningTask(), 6),
            new Share(new HullTask(), 3));

    private record Share(WorkloadTask task, int perCycle) {
    }

    private Workload() {
    }

    public static List<WorkloadTask> tasks() {
        return MIX.stream().map(Share::task).toList();
    }

    /**
     * One cycle as task indexes, interleaved by smooth weighted round-robin so cheap and expensive
     * tasks alternate instead of running in long streaks.
     */
    static int[] cycle() {
        int total = MIX.stream().mapToInt(Share::perCycle).sum();
        int[] credit = new int[MIX.size()];
        int[] cycle = new int[total];
        for (int slot = 0; slot < total; slot++) {
            int best = 0;
            for (int t = 0; t < MIX.size(); t++) {
                credit[t] += MIX.get(t).perCycle();
                if (credit[t] > credit[best]) {
                    best = t;
                }
            }
            credit[best] -= total;
            cycle[slot] = best;
        }
        return cycle;
    }

    /** Runs the mix on {@code options.threads()} workers for {@code seconds}, timed from the first task. */
    public static RunResult run(City city, DemoOptions options, double seconds) {
        List<WorkloadTask> tasks = tasks();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), workerThreads());
        try {
            long start = System.nanoTime();
            long deadline = start + Math.round(seconds * 1e9);
            List<Future<long[][]>> workers = new ArrayList<>();
            for (int w = 0; w < options.threads(); w++) {
                int worker = w;
                SplittableRandom random = new SplittableRandom(options.seed() + w * WORKER_SEED_STRIDE);
                workers.add(pool.submit(() -> work(city, tasks, worker, options.threads(), random, deadline)));
            }
            long[][] total = new long[3][tasks.size()];
            for (Future<long[][]> worker : workers) {
                long[][] tally = join(worker);
                for (int row = 0; row < total.length; row++) {
                    for (int t = 0; t < tasks.size(); t++) {
                        total[row][t] += tally[row][t];
                    }
                }
            }
            long elapsed = System.nanoTime() - start;
            List<TaskTally> tallies = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                tallies.add(new TaskTally(tasks.get(t).name(), tasks.get(t).layer(), total[0][t], total[1][t], total[2][t]));
            }
            return new RunResult(List.copyOf(tallies), elapsed, options.threads());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One worker's loop: every task kind once, then the cycle until the deadline. Returns
     * {runs, operations, nanoseconds} per task.
     */
    private static long[][] work(City city, List<WorkloadTask> tasks, int worker, int workers,
                                 SplittableRandom random, long deadline) {
        int kinds = tasks.size();
        int[] cycle = cycle();
        int kindOffset = worker * kinds / workers;
        int cycleOffset = worker * cycle.length / workers;
        long[] runs = new long[kinds];
        long[] operations = new long[kinds];
        long[] nanos = new long[kinds];
        long now = System.nanoTime();
        for (int turn = 0; turn < kinds || now < deadline; turn++) {
            int t = turn < kinds ? (kindOffset + turn) % kinds : cycle[(cycleOffset + turn - kinds) % cycle.length];
            operations[t] += tasks.get(t).run(city, random);
            runs[t]++;
            long end = System.nanoTime();
            nanos[t] += end - now;
            now = end;
        }
        return new long[][] {runs, operations, nanos};
    }

    private static long[][] join(Future<long[][]> worker) {
        try {
            return worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workers", e);
        } catch (ExecutionException e) {
            // A task failing means the demo (or JTS under the agent) is broken: surface the real cause.
            throw new IllegalStateException("a workload task failed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "geoflight-demo-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
