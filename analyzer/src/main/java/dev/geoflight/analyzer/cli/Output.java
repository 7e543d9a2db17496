package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.pipeline.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a rendered report to standard output or to {@code --output PATH}. */
final class Output {
    private Output() {
    }

    static void write(String text, Path output, PrintWriter out) throws InputException {
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(output + ": cannot write report: " + e.getMessage(), e);
        }
    }
}
