package dev.geoflight.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule fires on the pattern it is for, and stays silent on the near misses. */
class RulesTest {
    static final long MS = 1_000_000;
    static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;
    int files;

    private JsonNode recommendations(Consumer<TestRecording.Events> body) {
        Path file = TestRecording.record(dir.resolve("r" + files++ + ".jfr"), body);
        Cli cli = Cli.run("analyze", file.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isZero();
        return cli.json().get("recommendations");
    }

    private List<String> fired(Consumer<TestRecording.Events> body) {
        List<String> rules = new ArrayList<>();
        recommendations(body).forEach(r -> rules.add(r.get("rule").asText() + ":" + r.get("operation").asText() + ":"
                + r.get("layer").asText()));
        return rules;
    }

    @Test
    void spatialIndex() {
        assertThat(fired(e -> e.stats("operation", "Geometry.intersects", "parcels", "simple", 1000, 10 * MS, MS, 0)))
                .containsExactly("spatial-index:Geometry.intersects:parcels");
        assertThat(fired(e -> {
            e.stats("operation", "Geometry.intersects", "parcels", "simple", 1000, 10 * MS, MS, 0);
            e.stats("index", "STRtree.query", "parcels", "", 10, MS, MS, 0);
        })).as("an index is queried in that layer").isEmpty();
        assertThat(fired(e -> e.stats("operation", "Geometry.intersects", "parcels", "simple", 999, 10 * MS, MS, 0)))
                .as("too few predicates").isEmpty();
        assertThat(fired(e -> e.stats("operation", "PreparedGeometry.intersects", "parcels", "simple", 5000, 10 * MS, MS, 0)))
                .as("prepared predicates are the fix already").isEmpty();
    }

    @Test
    void preparedGeometry() {
        JsonNode fired = recommendations(e -> {
            for (int i = 0; i < 60; i++) {
                e.operation("Geometry.intersects", "zones", "medium", 0, 0, 100, 100, 500 + i, 0, "Polygon", "Point", 0);
            }
        });
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).get("rule").asText()).isEqualTo("prepared-geometry");
        assertThat(fired.get(0).get("evidence").asText()).isEqualTo("60 intersects calls on one Polygon with envelope [0 0, 100 100]");
        assertThat(fired(e -> {
            for (int i = 0; i < 60; i++) {
                e.operation("Geometry.intersects", "zones", "medium", i, 0, i + 100, 100, 500, 0, "Polygon", "Point", 0);
            }
        })).as("60 different receivers").isEmpty();
        assertThat(fired(e -> {
            for (int i = 0; i < 49; i++) {
                e.operation("Geometry.intersects", "zones", "medium", 0, 0, 100, 100, 500, 0, "Polygon", "Point", 0);
            }
        })).as("49 calls on one receiver").isEmpty();
    }

    @Test
    void preparedGeometryTiesAreBrokenByLayerOperationAndEnvelope() {
        JsonNode fired = recommendations(e -> {
            for (int i = 0; i < 60; i++) {
                // written in the reverse of the expected order: the report must not follow the file or a hash
                e.operation("Geometry.intersects", "zones", "medium", 50, 0, 150, 100, 500, 0, "Polygon", "Point", 0);
                e.operation("Geometry.intersects", "zones", "medium", 0, 0, 100, 100, 500, 0, "Polygon", "Point", 0);
                e.operation("Geometry.contains", "zones", "medium", 0, 0, 100, 100, 500, 0, "Polygon", "Point", 0);
                e.operation("Geometry.intersects", "blocks", "medium", 0, 0, 100, 100, 500, 0, "Polygon", "Point", 0);
            }
        });
        List<String> order = new ArrayList<>();
        fired.forEach(r -> order.add(r.get("operation").asText() + ":" + r.get("layer").asText() + ":" + r.get("evidence").asText()));
        assertThat(order).containsExactly(
                "Geometry.intersects:blocks:60 intersects calls on one Polygon with envelope [0 0, 100 100]",
                "Geometry.contains:zones:60 contains calls on one Polygon with envelope [0 0, 100 100]",
                "Geometry.intersects:zones:60 intersects calls on one Polygon with envelope [0 0, 100 100]");
    }

    @Test
    void unionInLoop() {
        JsonNode fired = recommendations(e -> {
            for (int i = 1; i <= 25; i++) {
                e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 10 * i, 0, "Polygon", "Polygon", 0);
            }
        });
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).get("rule").asText()).isEqualTo("union-in-loop");
        assertThat(fired.get(0).get("layer").asText()).isEqualTo("lots");
        assertThat(fired.get(0).get("evidence").asText()).isEqualTo("25 unions on thread '"
                + Thread.currentThread().getName() + "'; 100% had an input at least as large as the union before them;"
                + " inputs from 10 to 250 vertices");
        assertThat(fired(e -> {
            for (int batch = 0; batch < 4; batch++) {
                for (int i = 1; i <= 8; i++) {
                    e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 10 * i, 0, "Polygon", "Polygon", 0);
                }
            }
        })).as("a loop restarted per batch").containsExactly("union-in-loop:Geometry.union:lots");
        assertThat(fired(e -> {
            for (int i = 1; i <= 25; i++) {
                e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 10 + i % 2, 0, "Polygon", "Polygon", 0);
            }
        })).as("inputs do not grow").isEmpty();
        assertThat(fired(e -> {
            for (int i = 1; i <= 40; i++) {
                e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 10 + 3 * (i / 2), 0, "Polygon", "Polygon", 0);
            }
        })).as("growing every other step: a covered geometry leaves the size flat").containsExactly("union-in-loop:Geometry.union:lots");
        assertThat(fired(e -> {
            for (int i = 1; i <= 40; i++) {
                e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 50, 0, "Polygon", "Polygon", 0);
            }
        })).as("equal inputs throughout").isEmpty();
        assertThat(fired(e -> {
            for (int i = 1; i <= 19; i++) {
                e.operation("Geometry.union", "lots", "medium", 0, 0, i, i, 10 * i, 0, "Polygon", "Polygon", 0);
            }
        })).as("19 unions").isEmpty();
    }

    @Test
    void simplifyFirst() {
        assertThat(fired(e -> {
            e.stats("operation", "Geometry.buffer", "coast", "complex", 100, 600 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "coast", "simple", 100, 400 * MS, 9 * MS, 0);
        })).containsExactly("simplify-first:Geometry.buffer:coast");
        assertThat(fired(e -> {
            e.stats("operation", "Geometry.buffer", "coast", "complex", 100, 400 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "coast", "simple", 100, 600 * MS, 9 * MS, 0);
        })).as("constructive work is 40%").isEmpty();
        assertThat(fired(e -> {
            e.stats("operation", "Geometry.buffer", "coast", "medium", 100, 600 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "coast", "simple", 100, 400 * MS, 9 * MS, 0);
        })).as("inputs are not complex").isEmpty();
    }

    @Test
    void wkbOverWkt() {
        assertThat(fired(e -> {
            e.stats("io", "WKTReader.read", "", "medium", 200, 300 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "", "simple", 100, 700 * MS, 9 * MS, 0);
        })).containsExactly("wkb-over-wkt:WKTReader.read:");
        assertThat(fired(e -> {
            e.stats("io", "WKBReader.read", "", "medium", 200, 300 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "", "simple", 100, 700 * MS, 9 * MS, 0);
        })).as("already WKB").isEmpty();
        assertThat(fired(e -> {
            e.stats("io", "WKTReader.read", "", "medium", 200, 50 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "", "simple", 100, 500 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.contains", "", "simple", 100, 250 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.within", "", "simple", 100, 200 * MS, 9 * MS, 0);
        })).as("WKT is 5% of the time and fourth").isEmpty();
        assertThat(fired(e -> {
            e.stats("io", "WKTReader.read", "", "medium", 200, 50 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.intersects", "", "simple", 100, 500 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.contains", "", "simple", 100, 450 * MS, 9 * MS, 0);
            e.stats("operation", "Geometry.within", "", "simple", 100, 40 * MS, 9 * MS, 0);
        })).as("WKT is 5% of the time but third").containsExactly("wkb-over-wkt:WKTReader.read:");
    }

    @Test
    void repeatedValidation() {
        JsonNode fired = recommendations(e -> {
            for (int i = 0; i < 20; i++) {
                e.operation("Geometry.isValid", "parcels", "medium", 5, 5, 6, 6, 300, 0, "Polygon", "", 0);
            }
        });
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).get("rule").asText()).isEqualTo("repeated-validation");
        assertThat(fired.get(0).get("evidence").asText()).isEqualTo("19 of 20 validations repeat an earlier one (1 distinct geometries)");
        assertThat(fired(e -> {
            for (int i = 0; i < 20; i++) {
                e.operation("Geometry.isValid", "parcels", "medium", i, 5, i + 1, 6, 300, 0, "Polygon", "", 0);
            }
        })).as("20 different geometries").isEmpty();
        assertThat(fired(e -> {
            for (int i = 0; i < 60; i++) {
                e.operation("Geometry.isValid", "parcels", "medium", i < 12 ? 5 : i, 5, i < 12 ? 6 : i + 1, 6, 300, 0,
                        "Polygon", "", 0);
            }
        })).as("11 of 60 validations repeat: under a quarter").isEmpty();
    }

    @Test
    void repeatedValidationsAreListedByRepeatsAndNamedByTheMostRepeatedOperation() {
        List<String> layers = List.of("a", "b", "c", "d", "e", "f");
        assertThat(fired(e -> {
            for (int k = 0; k < layers.size(); k++) {
                // layer "a" repeats 11 times, "b" 12 times ... "f" 16 times, all with isValid; "f" also with IsValidOp
                for (int i = 0; i <= 11 + k; i++) {
                    e.operation("Geometry.isValid", layers.get(k), "medium", 5, 5, 6, 6, 300, 0, "Polygon", "", 0);
                }
            }
            for (int i = 0; i < 30; i++) {
                e.operation("IsValidOp.isValid", "f", "medium", 7, 7, 8, 8, 300, 0, "Polygon", "", 0);
            }
        })).containsExactly("repeated-validation:IsValidOp.isValid:f", "repeated-validation:Geometry.isValid:e",
                "repeated-validation:Geometry.isValid:d", "repeated-validation:Geometry.isValid:c",
                "repeated-validation:Geometry.isValid:b", "repeated-validation:Geometry.isValid:a");
    }

    @Test
    void allocationHeavy() {
        assertThat(fired(e -> e.stats("operation", "Geometry.buffer", "roads", "medium", 10, 10 * MS, MS, 10 * 2 * MIB)))
                .containsExactly("allocation-heavy:Geometry.buffer:roads");
        assertThat(fired(e -> e.stats("operation", "Geometry.buffer", "roads", "medium", 10, 10 * MS, MS, 10 * MIB / 2)))
                .as("512 KB per call").isEmpty();
        assertThat(fired(e -> e.stats("operation", "Geometry.buffer", "roads", "medium", 9, 10 * MS, MS, 9 * 2 * MIB)))
                .as("9 calls").isEmpty();
    }
}
