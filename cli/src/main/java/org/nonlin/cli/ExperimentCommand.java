package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nonlin.experiment.Experiment;
import org.nonlin.experiment.ExperimentOptions;
import org.nonlin.experiment.ExperimentResult;
import org.nonlin.experiment.ExperimentRow;
import org.nonlin.experiment.Experiments;
import org.nonlin.experiment.ImbalanceExperiment;
import org.nonlin.experiment.MnistExperiment;
import org.nonlin.experiment.RunOutcome;
import org.nonlin.experiment.Runs;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Json;
import org.nonlin.train.HistoryCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nonlin experiment NAME}: reproduces one of the chapter's experiments. */
@Command(
    name = "experiment",
    mixinStandardHelpOptions = true,
    description =
        "Run one of the chapter's experiments: xor, xor-hidden, double-arc, coin-hole,"
            + " coin-hole-hidden, mnist, imbalance. Prints a table and writes CSV and pictures"
            + " to --out.")
final class ExperimentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "The experiment.")
  String name;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for CSV and pictures, created if missing (default: results/NAME).")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = ExperimentOptions.DEFAULT_SEED;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Cap every run's epochs at N (default: the experiment's own budget).")
  int epochs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Independent runs trained at once (default: one per core).")
  int threads = Runs.defaultThreads();

  @Option(
      names = "--mnist",
      paramLabel = "DIR",
      description = "For 'mnist': a folder with the four MNIST or Fashion-MNIST IDX files.")
  Path mnist;

  @Option(names = "--json", description = "Print one JSON object with a 'rows' list.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    Experiment experiment =
        name.equals("mnist") ? new MnistExperiment(mnist) : Experiments.named(name);
    Path folder = out != null ? out : Path.of("results", name);
    Files.createDirectories(folder);
    ExperimentOptions options = new ExperimentOptions(seed, threads, epochs);
    if (experiment instanceof ImbalanceExperiment study) {
      return BalanceStudy.run(study, options, folder, json, spec.commandLine().getOut());
    }
    ExperimentResult result = experiment.run(options);
    writeFiles(result, folder);
    Pictures.draw(result, folder);
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> map = result.toMap();
      map.put("out", folder.toString());
      stdout.println(Json.write(map));
      return ErrorReporter.OK;
    }
    stdout.println(experiment.description());
    stdout.println();
    stdout.print(table(result));
    stdout.println();
    stdout.println("CSV and pictures in " + folder);
    return ErrorReporter.OK;
  }

  static Table table(ExperimentResult result) {
    Table table =
        new Table(
            "network", "epochs", "converged", "train acc", "test acc", "test loss", "seconds");
    for (ExperimentRow row : result.rows()) {
      table.row(
          row.label(),
          String.format(Locale.ROOT, "%.1f", row.epochs()),
          row.converged() ? "yes" : "no",
          String.format(Locale.ROOT, "%.4f", row.trainAccuracy()),
          String.format(Locale.ROOT, "%.4f", row.testAccuracy()),
          String.format(Locale.ROOT, "%.4f", row.testLoss()),
          String.format(Locale.ROOT, "%.2f", row.seconds()));
    }
    return table;
  }

  private static void writeFiles(ExperimentResult result, Path folder) throws IOException {
    AtomicFiles.writeBytes(
        folder.resolve(result.name() + ".json"),
        Json.writePretty(result.toMap()).getBytes(StandardCharsets.UTF_8));
    AtomicFiles.writeBytes(
        folder.resolve(result.name() + ".txt"),
        table(result).toString().getBytes(StandardCharsets.UTF_8));
    for (RunOutcome run : result.runs()) {
      HistoryCsv.write(
          run.result().history(), folder.resolve("history-" + run.spec().label() + ".csv"));
    }
  }
}
