package dev.geoflight.analyzer.pipeline;

/** Input the analyzer cannot use: the command line prints the message as one line and exits 2. */
public class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
