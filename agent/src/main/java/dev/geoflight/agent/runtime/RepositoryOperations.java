package dev.geoflight.agent.runtime;

import dev.geoflight.agent.AgentLog;

import java.util.HashMap;
import java.util.Map;

/**
 * Names repository calls in statistics: {@code ParcelRepository.findByGeomIntersects}, the simple
 * class name unless another repository class already has it (then the full name). The number of
 * distinct repositories is capped like the number of layers: an application that makes repository
 * classes at run time folds the excess into one {@code other} row instead of growing the agent.
 */
public final class RepositoryOperations {

    public static final String OVERFLOW = Statistics.OVERFLOW_LAYER;

    /** Statistics name of each repository class admitted so far. */
    private static final Map<String, String> NAMES = new HashMap<>();
    private static final Map<String, String> OWNERS = new HashMap<>();
    private static boolean overflowReported;

    private RepositoryOperations() {
    }

    /** The operation id of {@code method} of {@code repositoryClass} (a class or interface name). */
    public static synchronized int register(String repositoryClass, String method) {
        String name = NAMES.get(repositoryClass);
        if (name == null) {
            if (NAMES.size() >= Statistics.maxLayers()) {
                if (!overflowReported) {
                    overflowReported = true;
                    AgentLog.warn("more than " + Statistics.maxLayers() + " distinct repositories: statistics of further"
                            + " repositories are kept under '" + OVERFLOW + "'");
                }
                return Operations.register(OVERFLOW, OperationKind.REPOSITORY);
            }
            String simple = repositoryClass.substring(repositoryClass.lastIndexOf('.') + 1);
            name = OWNERS.putIfAbsent(simple, repositoryClass) == null ? simple : repositoryClass;
            NAMES.put(repositoryClass, name);
        }
        return Operations.register(name + "." + method, OperationKind.REPOSITORY);
    }
}
