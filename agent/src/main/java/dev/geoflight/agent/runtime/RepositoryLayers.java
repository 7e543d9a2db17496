package dev.geoflight.agent.runtime;

import dev.geoflight.agent.config.AgentOptions.LayerMapping;

import java.util.List;

/**
 * The layer of a repository: its {@code @SpatialRepository(layer = ...)} when not empty, else the
 * {@code layers} option's mapping of its class name, else none ("").
 */
public final class RepositoryLayers {

    private static volatile List<LayerMapping> mappings = List.of();

    private RepositoryLayers() {
    }

    public static void configure(List<LayerMapping> layerMappings) {
        mappings = List.copyOf(layerMappings);
    }

    public static String of(String className, String annotatedLayer) {
        if (annotatedLayer != null && !annotatedLayer.isEmpty()) {
            return annotatedLayer;
        }
        for (LayerMapping mapping : mappings) {
            if (mapping.glob().matches(className)) {
                return mapping.layer();
            }
        }
        return "";
    }
}
