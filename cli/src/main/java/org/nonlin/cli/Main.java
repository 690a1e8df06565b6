package org.nonlin.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.nonlin.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/** The {@code nonlin} command: one program, one subcommand per job. */
@Command(
    name = "nonlin",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Build, train, evaluate and diagnose neural-network classifiers.",
    subcommands = {
      TrainCommand.class,
      PredictCommand.class,
      EvaluateCommand.class,
      InfoCommand.class,
      WeightsCommand.class,
      DatasetsCommand.class,
      DemoCommand.class,
      GradcheckCommand.class,
      ExperimentCommand.class,
      LrFindCommand.class,
      SweepCommand.class,
      BalanceCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces and debug logging.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(execute(args, out, err));
  }

  /**
   * Runs {@code args} as the command line would, writing to {@code out} and {@code err}.
   *
   * @return the exit code: 0 success, 2 bad usage or input, 1 anything else
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = Arrays.asList(args).contains("--debug");
    Logger.getLogger("").setLevel(debug ? Level.FINE : Level.WARNING);
    ErrorReporter reporter = new ErrorReporter(debug);
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(reporter);
    cmd.setParameterExceptionHandler(reporter);
    int code;
    try {
      code = cmd.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "nonlin: out of memory (hint: give the JVM more heap, e.g."
              + " NONLIN_JAVA_OPTS=-Xmx4g ./nonlin ..., or use smaller data or batches)");
      code = ErrorReporter.FAILURE;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** Prints the library version. */
  static final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"nonlin " + Version.CURRENT};
    }
  }
}
