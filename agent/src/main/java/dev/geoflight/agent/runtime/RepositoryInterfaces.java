package dev.geoflight.agent.runtime;

import java.lang.annotation.Annotation;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the agent knows of a repository interface that is called through a proxy (Spring Data): its
 * layer and the operation ids of its methods, worked out once per interface. Held by a
 * {@link ClassValue}, so it goes away with the interface's class loader.
 */
final class RepositoryInterfaces {

    private static final String SPATIAL_REPOSITORY = "dev.geoflight.SpatialRepository";

    private static final ClassValue<Info> INFO = new ClassValue<>() {
        @Override
        protected Info computeValue(Class<?> type) {
            return new Info(type.getName(), RepositoryLayers.of(type.getName(), annotatedLayer(type)));
        }
    };

    private RepositoryInterfaces() {
    }

    static Info of(Class<?> repositoryInterface) {
        return INFO.get(repositoryInterface);
    }

    /** Read by name: the application's copy of the annotation need not be the agent's. */
    private static String annotatedLayer(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            if (annotation.annotationType().getName().equals(SPATIAL_REPOSITORY)) {
                try {
                    return String.valueOf(annotation.annotationType().getMethod("layer").invoke(annotation));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return "";
                }
            }
        }
        return "";
    }

    static final class Info {
        private final String name;
        private final String layer;
        /** Bounded by the interface's own methods. */
        private final ConcurrentHashMap<String, Integer> operationIds = new ConcurrentHashMap<>();

        Info(String name, String layer) {
            this.name = name;
            this.layer = layer;
        }

        String layer() {
            return layer;
        }

        int operationId(String method) {
            Integer id = operationIds.get(method);
            if (id == null) {
                id = operationIds.computeIfAbsent(method, m -> RepositoryOperations.register(name, m));
            }
            return id;
        }
    }
}
