package dev.geoflight.analyzer.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReportTest {

    enum Status { regression, noise }

    record Row(String name, long count, int operations, double share, Double percent, Status status, boolean flag) {
    }

    record Doc(List<String> files, List<Row> rows, Row missing) {
    }

    @Test
    void writesRecordComponentsInOrderWithNullsEnumsAndEscapes() {
        String json = new JsonReport().render(new Doc(List.of("a \"b\".jfr"),
                List.of(new Row("Geometry.buffer", 3, 2, 0.25, null, Status.regression, true)), null));
        assertThat(json).isEqualTo("""
                {
                  "files" : [ "a \\"b\\".jfr" ],
                  "rows" : [ {
                    "name" : "Geometry.buffer",
                    "count" : 3,
                    "operations" : 2,
                    "share" : 0.25,
                    "percent" : null,
                    "status" : "regression",
                    "flag" : true
                  } ],
                  "missing" : null
                }
                """);
    }

    record Odd(Object value) {
    }

    @Test
    void refusesATypeWithoutAJsonForm() {
        assertThatThrownBy(() -> new JsonReport().render(new Odd(new Object())))
                .hasMessageContaining("no JSON form for java.lang.Object");
    }
}
