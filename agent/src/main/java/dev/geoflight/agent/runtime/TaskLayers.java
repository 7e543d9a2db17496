package dev.geoflight.agent.runtime;

import dev.geoflight.internal.LayerStack;
import dev.geoflight.internal.ThreadState;

import java.lang.ref.WeakReference;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Carries a thread's layers to the tasks it hands to executors. When a task is submitted (or, for
 * fork/join tasks and CompletableFuture stages, created) the innermost scope, repository and class
 * layers of the submitting thread are remembered for that task; when a worker runs the task they
 * are put on the worker's layer stacks, and taken off when it ends.
 *
 * <p>The application's objects are never wrapped or changed: tasks are keyed by identity in a small
 * fixed table of weak references, so memory is bounded, nothing outlives its task, and a task that
 * was pushed out of the table by many others pending at once simply runs without its layers.
 */
public final class TaskLayers {

    private static final int SLOTS = 4096;
    private static final int PROBES = 4;
    private static final AtomicReferenceArray<Captured> TABLE = new AtomicReferenceArray<>(SLOTS);
    /** Bits per stack size in a mark; layer stacks are far shallower than 2^20. */
    private static final int BITS = 20;
    private static final long MASK = (1L << BITS) - 1;

    private TaskLayers() {
    }

    /** A task handed to an executor; fork/join tasks were captured when created and are left alone. */
    public static void submitted(Object task) {
        if (!(task instanceof ForkJoinTask)) {
            capture(task);
        }
    }

    /** A task created, or submitted, on this thread: remembers the thread's layers for it (or forgets old ones). */
    public static void capture(Object task) {
        if (!Calls.active || task == null) {
            return;
        }
        ThreadState state = ThreadState.current();
        String scope = state.scopes.top();
        String repository = state.repositories.top();
        String classLayer = state.classes.top();
        int hash = System.identityHashCode(task);
        int own = -1;
        int free = -1;
        for (int i = 0; i < PROBES && own < 0; i++) {
            int slot = (hash + i) & (SLOTS - 1);
            Captured captured = TABLE.get(slot);
            Object key = captured == null ? null : captured.get();
            if (key == task) {
                own = slot;
            } else if (key == null && free < 0) {
                free = slot;
            }
        }
        if (scope == null && repository == null && classLayer == null) {
            // a task submitted again from outside any layer must not keep its earlier submission's
            if (own >= 0) {
                TABLE.set(own, null);
            }
            return;
        }
        int slot = own >= 0 ? own : free >= 0 ? free : hash & (SLOTS - 1);
        TABLE.set(slot, new Captured(task, scope, repository, classLayer));
    }

    /** Before a task runs on this thread: puts its layers on; returns the mark for {@link #end} (0: none). */
    public static long begin(Object task) {
        if (!Calls.active || task == null) {
            return 0;
        }
        Captured captured = find(task);
        if (captured == null) {
            return 0;
        }
        ThreadState state = ThreadState.current();
        long scopes = push(state.scopes, captured.scope);
        long repositories = push(state.repositories, captured.repository);
        long classes = push(state.classes, captured.classLayer);
        return 1L << (3 * BITS) | scopes << (2 * BITS) | repositories << BITS | classes;
    }

    /** After the task: takes its layers off again, whatever the task left on the stacks. */
    public static void end(long mark) {
        if (mark == 0) {
            return;
        }
        ThreadState state = ThreadState.current();
        state.scopes.popTo((int) (mark >>> (2 * BITS) & MASK));
        state.repositories.popTo((int) (mark >>> BITS & MASK));
        state.classes.popTo((int) (mark & MASK));
    }

    /** A pool worker starting a task (ThreadPoolExecutor's beforeExecute): the mark is kept on the thread. */
    public static void workerBegin(Object task) {
        if (!Calls.active) {
            return;
        }
        ThreadState state = ThreadState.current();
        // a subclass whose afterExecute skipped super left the previous task's layers on
        end(state.taskMark);
        state.taskMark = begin(task);
    }

    /**
     * A pool worker done with a task (ThreadPoolExecutor's afterExecute). Idle, it costs one flag
     * read; layers left on by a recording that stopped mid-task go at the worker's next task.
     */
    public static void workerEnd() {
        if (!Calls.active) {
            return;
        }
        ThreadState state = ThreadState.current();
        long mark = state.taskMark;
        state.taskMark = 0;
        end(mark);
    }

    private static long push(LayerStack stack, String layer) {
        return stack.push(layer == null ? "" : layer);
    }

    private static Captured find(Object task) {
        int hash = System.identityHashCode(task);
        for (int i = 0; i < PROBES; i++) {
            Captured captured = TABLE.get((hash + i) & (SLOTS - 1));
            if (captured != null && captured.get() == task) {
                return captured;
            }
        }
        return null;
    }

    private static final class Captured extends WeakReference<Object> {
        final String scope;
        final String repository;
        final String classLayer;

        Captured(Object task, String scope, String repository, String classLayer) {
            super(task);
            this.scope = scope;
            this.repository = repository;
            this.classLayer = classLayer;
        }
    }
}
