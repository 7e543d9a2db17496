package dev.geoflight.internal;

import java.util.Arrays;

/** A stack of layer names; an empty name on it means "no layer from this source". */
public final class LayerStack {
    private String[] names = new String[4];
    private int size;

    /** Pushes a layer and returns the size before the push, to be handed to {@link #popTo}. */
    public int push(String name) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size] = name;
        return size++;
    }

    /** Restores the stack to the given size; a size at or above the current one does nothing. */
    public void popTo(int newSize) {
        while (size > newSize && size > 0) {
            names[--size] = null;
        }
    }

    /** The innermost non-empty layer, or null. */
    public String top() {
        for (int i = size - 1; i >= 0; i--) {
            String name = names[i];
            if (!name.isEmpty()) {
                return name;
            }
        }
        return null;
    }

    public int size() {
        return size;
    }
}
