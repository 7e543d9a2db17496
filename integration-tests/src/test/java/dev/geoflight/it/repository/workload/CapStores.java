package dev.geoflight.it.repository.workload;

/** Five repositories, found by the repositories option, for the cap on distinct repositories. */
public final class CapStores {

    private CapStores() {
    }

    public static final class Cap1Store {
        public int find() {
            return 1;
        }
    }

    public static final class Cap2Store {
        public int find() {
            return 2;
        }
    }

    public static final class Cap3Store {
        public int find() {
            return 3;
        }
    }

    public static final class Cap4Store {
        public int find() {
            return 4;
        }
    }

    public static final class Cap5Store {
        public int find() {
            return 5;
        }
    }
}
