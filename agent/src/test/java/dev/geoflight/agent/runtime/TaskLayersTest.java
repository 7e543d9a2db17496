package dev.geoflight.agent.runtime;

import dev.geoflight.internal.ThreadState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Capture and restore without instrumentation: the calls the executor advice makes, made by hand. */
class TaskLayersTest {

    private final ThreadState state = ThreadState.current();

    @BeforeEach
    void measuring() {
        Calls.active = true;
    }

    @AfterEach
    void idle() {
        Calls.active = false;
        state.scopes.popTo(0);
        state.repositories.popTo(0);
        state.classes.popTo(0);
    }

    @Test
    void aTaskRunsWithTheLayersOfWhereItWasSubmittedAndLeavesNothingBehind() {
        Object task = new Object();
        state.classes.push("mapped");
        state.repositories.push("roads");
        TaskLayers.capture(task);
        state.repositories.popTo(0);
        state.classes.popTo(0);
        assertThat(state.layer()).isEmpty();

        long mark = TaskLayers.begin(task);
        assertThat(state.layer()).isEqualTo("roads");
        state.repositories.popTo(state.repositories.size() - 1);
        assertThat(state.layer()).as("the class layer travels too").isEqualTo("mapped");
        TaskLayers.end(mark);
        assertThat(state.scopes.size() + state.repositories.size() + state.classes.size()).isZero();
    }

    @Test
    void theLatestSubmissionWins() {
        Object task = new Object();
        int scope = state.scopes.push("first");
        TaskLayers.capture(task);
        state.scopes.popTo(scope);
        TaskLayers.capture(task);
        assertThat(TaskLayers.begin(task)).as("resubmitted outside any layer: nothing to restore").isZero();
    }

    @Test
    void anUnknownTaskOrAnIdleAgentRestoresNothing() {
        assertThat(TaskLayers.begin(new Object())).isZero();
        Object task = new Object();
        state.scopes.push("x");
        TaskLayers.capture(task);
        Calls.active = false;
        assertThat(TaskLayers.begin(task)).isZero();
    }

    @Test
    void aWorkerWhoseAfterExecuteWasSkippedDropsThePreviousTasksLayersFirst() {
        Object first = new Object();
        Object second = new Object();
        int scope = state.scopes.push("a");
        TaskLayers.capture(first);
        state.scopes.popTo(scope);
        scope = state.scopes.push("b");
        TaskLayers.capture(second);
        state.scopes.popTo(scope);

        TaskLayers.workerBegin(first);
        TaskLayers.workerBegin(second);
        assertThat(state.layer()).isEqualTo("b");
        assertThat(state.scopes.size()).isEqualTo(1);
        TaskLayers.workerEnd();
        assertThat(state.scopes.size()).isZero();
    }
}
