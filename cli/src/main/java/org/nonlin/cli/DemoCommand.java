package org.nonlin.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.nonlin.experiment.Experiment;
import org.nonlin.experiment.ExperimentOptions;
import org.nonlin.experiment.ExperimentResult;
import org.nonlin.experiment.ExperimentRow;
import org.nonlin.experiment.Experiments;
import org.nonlin.experiment.Runs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin demo}: the chapter's problems on embedded data, one short table. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Train the chapter's networks on the built-in data (XOR, double arc, coin hole, MNIST"
            + " digits) and print what each reaches.")
final class DemoCommand implements Runnable {

  static final List<String> EXPERIMENTS = List.of("xor", "double-arc", "coin-hole", "mnist");

  @Spec CommandSpec spec;

  @Option(
      names = "--seed",
      description = "Seed for data, weights and shuffles (default: ${DEFAULT-VALUE}).")
  long seed = ExperimentOptions.DEFAULT_SEED;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("nonlin demo: the chapter's non-linear classifiers on built-in data");
    out.println();
    Table table = new Table("problem", "network", "epochs", "train acc", "test acc", "seconds");
    List<String> notes = new ArrayList<>();
    for (String name : EXPERIMENTS) {
      Experiment experiment = Experiments.find(name);
      if (experiment == null) {
        continue;
      }
      ExperimentResult result =
          experiment.run(new ExperimentOptions(seed, Runs.defaultThreads(), 0));
      for (ExperimentRow row : result.rows()) {
        table.row(
            name,
            row.label(),
            String.format(Locale.ROOT, "%.0f", row.epochs()),
            String.format(Locale.ROOT, "%.3f", row.trainAccuracy()),
            String.format(Locale.ROOT, "%.3f", row.testAccuracy()),
            String.format(Locale.ROOT, "%.2f", row.seconds()));
      }
      notes.addAll(result.notes());
    }
    out.print(table);
    out.println();
    for (String note : notes) {
      out.println("- " + note);
    }
    out.println();
    out.println(
        "Next: 'nonlin experiment NAME' for pictures, 'nonlin train --help' for your data.");
  }
}
