package dev.geoflight.analyzer.read;

import java.io.IOException;

/** The file exists and is readable but holds no usable JFR chunk. */
public class NotARecordingException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotARecordingException(String message) {
        super(message);
    }
}
