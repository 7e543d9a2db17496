package dev.geoflight.agent.runtime;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Optional;

/**
 * How many results a repository call returned, without touching what the caller will read:
 * sizes of collections, arrays, {@code Optional} (0 or 1) and Spring Data slices and pages (the
 * elements in this slice); -1 for streams, iterators, a Hibernate collection (its size may load
 * it) and anything else. Spring and Hibernate types are recognised by name: the agent depends on neither.
 */
final class ResultCount {

    private static final String SLICE = "org.springframework.data.domain.Slice";
    private static final String PERSISTENT_COLLECTION = "org.hibernate.collection.spi.PersistentCollection";

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private ResultCount() {
    }

    static int of(Object result) {
        if (result == null) {
            return -1;
        }
        Shape shape = SHAPES.get(result.getClass());
        try {
            return switch (shape.kind) {
                case COLLECTION -> ((Collection<?>) result).size();
                case ARRAY -> Array.getLength(result);
                case OPTIONAL -> ((Optional<?>) result).isPresent() ? 1 : 0;
                case SLICE -> (Integer) shape.size.invoke(result);
                case UNKNOWN -> -1;
            };
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    private enum Kind { COLLECTION, ARRAY, OPTIONAL, SLICE, UNKNOWN }

    private record Shape(Kind kind, Method size) {
        static Shape of(Class<?> type) {
            if (type.isArray()) {
                return new Shape(Kind.ARRAY, null);
            }
            if (type == Optional.class) {
                return new Shape(Kind.OPTIONAL, null);
            }
            Class<?> slice = implemented(type, SLICE);
            if (slice != null) {
                try {
                    return new Shape(Kind.SLICE, slice.getMethod("getNumberOfElements"));
                } catch (NoSuchMethodException e) {
                    return new Shape(Kind.UNKNOWN, null);
                }
            }
            if (Collection.class.isAssignableFrom(type) && implemented(type, PERSISTENT_COLLECTION) == null) {
                return new Shape(Kind.COLLECTION, null);
            }
            return new Shape(Kind.UNKNOWN, null);
        }

        /** The interface of that name among all that {@code type} implements, or null. */
        private static Class<?> implemented(Class<?> type, String interfaceName) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                Class<?> found = among(c.getInterfaces(), interfaceName);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }

        private static Class<?> among(Class<?>[] interfaces, String interfaceName) {
            for (Class<?> candidate : interfaces) {
                if (candidate.getName().equals(interfaceName)) {
                    return candidate;
                }
                Class<?> found = among(candidate.getInterfaces(), interfaceName);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }
}
