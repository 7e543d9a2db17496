package dev.geoflight.agent.runtime;

import java.util.Arrays;

/**
 * Registry of instrumented operations. Advice carries an operation's id as a constant, so the hot
 * path finds its name and kind with one array read.
 */
public final class Operations {

    private static volatile Operation[] operations = new Operation[0];

    private Operations() {
    }

    /** Registers an operation (once per name) and returns its id. */
    public static synchronized int register(String name, OperationKind kind, String subject, String direction) {
        for (Operation operation : operations) {
            if (operation.name().equals(name)) {
                return operation.id();
            }
        }
        Operation[] grown = Arrays.copyOf(operations, operations.length + 1);
        grown[operations.length] = new Operation(operations.length, name, kind, subject, direction);
        operations = grown;
        return operations.length - 1;
    }

    public static int register(String name, OperationKind kind) {
        return register(name, kind, "", "");
    }

    public static Operation get(int id) {
        return operations[id];
    }

    /** After a recording started or stopped: whether each operation samples its calls may change. */
    static void updateSamplingPeriods() {
        for (Operation operation : operations) {
            operation.updateSamplingPeriod();
        }
    }

    public static int count() {
        return operations.length;
    }
}
