package dev.geoflight.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Several {@link SliceWorker} JVMs alive at once, one per arm (the first is the anchor), that
 * work by turns in short slices, the order rotating every slice round. Whatever else the host does
 * in a given second (another tenant, a stalled core) lands on every arm of a slice round; JVMs run
 * one after the other for ten seconds or more are hit one at a time, and on this kind of machine
 * whole runs of one arm spread by ±5 %, more than the 2 % to be resolved. Each JVM warms up in
 * its own slices first. A waiting JVM is blocked reading its standard input; its JIT and
 * recording threads may still run, on the other core, as they would beside its own work.
 */
final class InterleavedSlices {

    /**
     * What the workers run (class path, main class and its arguments) and how: the slice length,
     * the slices of warm-up each JVM gets and the slices measured after it.
     */
    record Workload(String classPath, String mainClass, List<String> args, long sliceMillis, int warmupSlices,
                    int measuredSlices) {

        /** At most two slices of each, for a quick run: smoke figures only. */
        Workload quick() {
            return new Workload(classPath, mainClass, args, sliceMillis, Math.min(warmupSlices, 2), Math.min(measuredSlices, 2));
        }
    }

    private final Context context;
    private final Workload workload;
    private int calls;

    InterleavedSlices(Context context, Workload workload) {
        this.context = context;
        this.workload = context.quick() ? workload.quick() : workload;
    }

    /** The workload as run: in a quick run, with fewer slices than asked for. */
    Workload workload() {
        return workload;
    }

    /**
     * One JVM per arm ({@code arms} are JVM arguments, the first the anchor's); returns for each
     * arm after the first the median over the measured slice rounds of its ns per unit divided by
     * the anchor's in the same round.
     */
    List<Double> ratios(List<List<String>> arms) throws IOException, InterruptedException {
        int count = arms.size();
        // Which arm starts first, and runs first, moves on with every call: in pilots with three
        // arms the JVM started first (whose first slices ran beside the others' start-up) came out
        // slower than an identical one started last, by 0.7-3.4 % on the demo.
        int shift = calls++ % count;
        Worker[] workers = new Worker[count];
        try {
            for (int i = 0; i < count; i++) {
                int arm = (shift + i) % count;
                workers[arm] = new Worker(arms.get(arm), "arm" + arm);
            }
            // no slice before every JVM has started and set its work up
            for (Worker worker : workers) {
                worker.awaitReady();
            }
            List<List<Double>> ratios = new ArrayList<>();
            for (int arm = 1; arm < count; arm++) {
                ratios.add(new ArrayList<>());
            }
            for (int round = 0; round < workload.warmupSlices() + workload.measuredSlices(); round++) {
                double[] nanosPerUnit = new double[count];
                for (int turn = 0; turn < count; turn++) {
                    int arm = (shift + round + turn) % count;
                    nanosPerUnit[arm] = workers[arm].slice();
                }
                if (round >= workload.warmupSlices()) {
                    for (int arm = 1; arm < count; arm++) {
                        ratios.get(arm - 1).add(nanosPerUnit[arm] / nanosPerUnit[0]);
                    }
                }
            }
            return ratios.stream().map(Stats::median).toList();
        } finally {
            for (Worker worker : workers) {
                if (worker != null) {
                    worker.close();
                }
            }
        }
    }

    /** One worker JVM, spoken to through its standard streams; its standard error goes to a log in the work folder. */
    private final class Worker {
        private final Process process;
        private final Writer in;
        private final BufferedReader out;

        Worker(List<String> jvmArgs, String name) throws IOException {
            List<String> command = new ArrayList<>(List.of(context.java().toString()));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", workload.classPath(), workload.mainClass()));
            command.addAll(workload.args());
            process = new ProcessBuilder(command).directory(context.work().toFile())
                    .redirectError(context.work().resolve("slices-" + name + ".log").toFile()).start();
            in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        }

        void awaitReady() throws IOException {
            String line = answer();
            if (!line.equals(SliceWorker.READY)) {
                throw new IOException("a slice worker answered " + line + " before it was ready");
            }
        }

        /** Runs one slice; returns its ns per unit. */
        double slice() throws IOException {
            in.write(workload.sliceMillis() + "\n");
            in.flush();
            String[] fields = answer().substring(SliceWorker.PREFIX.length()).split(" ");
            return Double.parseDouble(fields[1]) / Double.parseDouble(fields[0]);
        }

        /** The worker's next line of the protocol, past whatever else the JVM prints. */
        private String answer() throws IOException {
            String line;
            do {
                line = out.readLine();
                if (line == null) {
                    throw new IOException("a slice worker ended early (exit " + exitStatus() + "), see its log in " + context.work());
                }
            } while (!line.startsWith(SliceWorker.PREFIX));
            return line;
        }

        private String exitStatus() {
            try {
                return process.waitFor(5, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "none yet";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "unknown";
            }
        }

        void close() throws InterruptedException {
            try {
                in.close();
            } catch (IOException e) {
                // the worker is gone already: nothing to end
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
