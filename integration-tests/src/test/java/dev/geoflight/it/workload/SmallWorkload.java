package dev.geoflight.it.workload;

/** One isSimple on a 150-vertex line: medium with the default thresholds (100, 10000), not with others. */
public final class SmallWorkload {

    public static final int VERTICES = 150;

    private SmallWorkload() {
    }

    public static void main(String[] args) {
        System.out.println("simple=" + Shapes.zigzag(VERTICES, 0).isSimple());
    }
}
