package dev.geoflight.agent.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassGlobTest {

    @Test
    void singleStarStaysWithinOnePackageSegment() {
        ClassGlob glob = ClassGlob.of("com.acme.*Repository");
        assertThat(glob.matches("com.acme.ParcelRepository")).isTrue();
        assertThat(glob.matches("com.acme.Outer$InnerRepository")).isTrue();
        assertThat(glob.matches("com.acme.geo.ParcelRepository")).isFalse();
        assertThat(glob.matches("com.acmeX.ParcelRepository")).isFalse();
    }

    @Test
    void doubleStarCrossesSegmentsIncludingNone() {
        ClassGlob glob = ClassGlob.of("com.acme.**.*Repository");
        assertThat(glob.matches("com.acme.geo.ParcelRepository")).isTrue();
        assertThat(glob.matches("com.acme.a.b.RoadRepository")).isTrue();
        assertThat(glob.matches("com.acme.RoadRepository")).isTrue();
        assertThat(glob.matches("org.acme.RoadRepository")).isFalse();
        assertThat(glob.matches("com.acme.geo.RoadService")).isFalse();
    }

    @Test
    void trailingDoubleStarMatchesEverythingBelow() {
        ClassGlob glob = ClassGlob.of("com.acme.roads.**");
        assertThat(glob.matches("com.acme.roads.Widener")).isTrue();
        assertThat(glob.matches("com.acme.roads.deep.Widener$1")).isTrue();
        assertThat(glob.matches("com.acme.rivers.Widener")).isFalse();
    }

    @Test
    void dotsAreLiteral() {
        assertThat(ClassGlob.of("com.acme.Parcels").matches("comXacme.Parcels")).isFalse();
    }

    @Test
    void rejectsCharactersThatCannotBeInAClassName() {
        assertThatThrownBy(() -> ClassGlob.of("com.acme.(Parcels)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassGlob.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
