package dev.geoflight.benchmarks;

import dev.geoflight.demo.City;
import dev.geoflight.demo.CityGenerator;
import dev.geoflight.demo.DemoOptions;
import dev.geoflight.demo.Workload;

/**
 * {@link SliceWorker} of the demo's workload ({@code geoflight-demo.jar}'s city and task mix, run
 * on the class path of that jar); units are the demo's operations. Arguments: seed, threads.
 */
public final class DemoSlices {

    private DemoSlices() {
    }

    public static void main(String[] args) throws Exception {
        long seed = Long.parseLong(args[0]);
        int threads = Integer.parseInt(args[1]);
        City city = CityGenerator.generate(seed);
        DemoOptions options = new DemoOptions(1, threads, seed, 0);
        SliceWorker.serve(deadline -> Workload.run(city, options, (deadline - System.nanoTime()) / 1e9).operations());
    }
}
