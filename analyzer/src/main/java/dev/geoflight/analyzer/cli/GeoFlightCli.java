package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.pipeline.InputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code geoflight analyze | diff | check}. {@link #run} is the whole command line, callable in
 * process: it never calls {@code System.exit} and writes only to the streams it is given.
 */
@Command(name = "geoflight", mixinStandardHelpOptions = true, versionProvider = GeoFlightCli.Version.class,
        description = "Ranks spatial hotspots and memory-heavy operations in JFR recordings made with the GeoFlight agent.",
        subcommands = {AnalyzeCommand.class, DiffCommand.class, CheckCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 fine; 1 a diff regression or a check violation; 2 bad usage or unreadable input."})
public final class GeoFlightCli implements Runnable {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    /** Picocli's list of regular expressions naming built-in converters it should not load. */
    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: analyze, diff or check");
    }

    /** Runs one command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        skipUnusedConverters();
        CommandLine cli = new CommandLine(new GeoFlightCli());
        cli.setOut(outWriter);
        cli.setErr(errWriter);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, args1) -> {
            String command = e.getCommandLine().getCommandName();
            String prefix = command.equals("geoflight") ? "geoflight" : "geoflight " + command;
            errWriter.println(prefix + ": " + e.getMessage() + " (see '" + prefix + " --help')");
            errWriter.flush();
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = commandLine.getCommand() instanceof CommandBase c && c.verbose;
            if (e instanceof InputException || e instanceof UsageException) {
                errWriter.println("geoflight: " + e.getMessage());
            } else {
                errWriter.println("geoflight: internal error: " + e + (verbose ? "" : " (run with --verbose for details)"));
            }
            if (verbose) {
                e.printStackTrace(errWriter);
            }
            errWriter.flush();
            return USAGE;
        });
        int status = cli.execute(args);
        outWriter.flush();
        errWriter.flush();
        return status;
    }

    /**
     * Picocli looks up a converter for each java.time and java.sql type by reflection whenever a
     * command line is parsed, loading about 80 classes on the way to the first recording; no
     * option here has such a type. A value the user set for the same property is kept.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
    }

    /** Wrong use the parser cannot see (an SLO that matches nothing, a bad value): exit 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GeoFlightCli.class.getPackage().getImplementationVersion();
            return new String[] {"geoflight " + (version == null ? "(development build)" : version)};
        }
    }
}
