package dev.geoflight.it.workload;

/**
 * Lines with vertex counts at the edges of {@code complexity.thresholds=10,20}: 9, 10, 19 and 20,
 * each starting at x = 1000 * its vertex count so a test can tell their events apart; and one binary
 * predicate whose inputs reach 10 vertices only together.
 */
public final class ComplexityWorkload {

    public static final int[] VERTICES = {9, 10, 19, 20};

    private ComplexityWorkload() {
    }

    public static void main(String[] args) {
        for (int vertices : VERTICES) {
            System.out.println(vertices + " simple=" + Shapes.zigzag(vertices, 1000.0 * vertices).isSimple());
        }
        // 1 + 9 vertices: medium, though each input alone is simple
        System.out.println("intersects=" + Shapes.point(-1, -1).intersects(Shapes.zigzag(9, 0)));
    }
}
