package dev.geoflight.analyzer.read;

/** One stack frame: class name in Java form (dots), method name and source line (-1 when unknown). */
public record Frame(String className, String methodName, int line) {

    /** {@code com.acme.Roads.load:42}, the way the reports show a call site. */
    public String display() {
        return className + "." + methodName + (line > 0 ? ":" + line : "");
    }
}
