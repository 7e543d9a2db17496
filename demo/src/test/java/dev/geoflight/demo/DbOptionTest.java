package dev.geoflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DbOptionTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/geoflight?user=geoflight&password=geoflight";

    @Test
    void memoryIsTheDefault() {
        assertThat(DemoOptions.parse().db()).isNull();
    }

    @Test
    void dbTakesAJdbcUrlInBothForms() {
        assertThat(DemoOptions.parse("--db", URL).db()).isEqualTo(URL);
        assertThat(DemoOptions.parse("--db=" + URL, "--seconds", "2")).isEqualTo(new DemoOptions(2, 2, 42, 0, URL));
    }

    @Test
    void aMissingOrForeignUrlIsRejected() {
        assertThatThrownBy(() -> DemoOptions.parse("--db")).hasMessageContaining("--db needs a value");
        assertThatThrownBy(() -> DemoOptions.parse("--db", "postgres://localhost/geoflight"))
                .hasMessageContaining("--db needs a PostgreSQL JDBC URL");
    }
}
