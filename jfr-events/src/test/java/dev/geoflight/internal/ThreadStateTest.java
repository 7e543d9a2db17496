package dev.geoflight.internal;

import dev.geoflight.GeoFlight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadStateTest {

    @AfterEach
    void disable() {
        ThreadState.enabled = false;
    }

    @Test
    void withoutTheAgentScopesDoNothing() {
        try (GeoFlight.Scope scope = GeoFlight.layer("parcels")) {
            assertThat(scope).isSameAs(GeoFlight.Scope.NOOP);
            assertThat(GeoFlight.currentLayer()).isEmpty();
        }
    }

    @Test
    void innermostScopeWinsAndClosingRestores() {
        ThreadState.enabled = true;
        try (GeoFlight.Scope outer = GeoFlight.layer("parcels")) {
            try (GeoFlight.Scope inner = GeoFlight.layer("roads")) {
                assertThat(GeoFlight.currentLayer()).isEqualTo("roads");
            }
            assertThat(GeoFlight.currentLayer()).isEqualTo("parcels");
        }
        assertThat(GeoFlight.currentLayer()).isEmpty();
    }

    @Test
    void closingAnOuterScopeFirstLeavesNoStaleLayer() {
        ThreadState.enabled = true;
        GeoFlight.Scope outer = GeoFlight.layer("parcels");
        GeoFlight.Scope inner = GeoFlight.layer("roads");
        outer.close();
        assertThat(GeoFlight.currentLayer()).isEmpty();
        inner.close();
        assertThat(GeoFlight.currentLayer()).isEmpty();
    }

    @Test
    void precedenceIsScopeThenRepositoryThenClass() {
        ThreadState.enabled = true;
        ThreadState state = ThreadState.current();
        int c = state.classes.push("from-class");
        assertThat(state.layer()).isEqualTo("from-class");
        int r = state.repositories.push("from-repository");
        assertThat(state.layer()).isEqualTo("from-repository");
        try (GeoFlight.Scope scope = GeoFlight.layer("from-scope")) {
            assertThat(state.layer()).isEqualTo("from-scope");
        }
        state.repositories.popTo(r);
        state.classes.popTo(c);
        assertThat(state.layer()).isEmpty();
    }

    @Test
    void anEmptyLayerOnTheStackLetsTheOneBelowShowThrough() {
        ThreadState.enabled = true;
        ThreadState state = ThreadState.current();
        int mark = state.repositories.push("parcels");
        state.repositories.push("");
        assertThat(state.layer()).isEqualTo("parcels");
        state.repositories.popTo(mark);
    }

    @Test
    void stacksGrowBeyondTheirInitialCapacity() {
        LayerStack stack = new LayerStack();
        for (int i = 0; i < 100; i++) {
            assertThat(stack.push("l" + i)).isEqualTo(i);
        }
        assertThat(stack.top()).isEqualTo("l99");
        stack.popTo(10);
        assertThat(stack.size()).isEqualTo(10);
        assertThat(stack.top()).isEqualTo("l9");
    }
}
