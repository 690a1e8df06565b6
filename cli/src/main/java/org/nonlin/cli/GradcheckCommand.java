package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nonlin.data.Dataset;
import org.nonlin.gradcheck.CheckData;
import org.nonlin.gradcheck.GradientCheck;
import org.nonlin.gradcheck.GradientCheckOptions;
import org.nonlin.gradcheck.GradientCheckReport;
import org.nonlin.io.Json;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Precision;
import org.nonlin.train.TrainConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin gradcheck}: compares backpropagation with central differences. */
@Command(
    name = "gradcheck",
    mixinStandardHelpOptions = true,
    description =
        "Check backpropagation against two-sided finite differences in float64. Exit code 0 only"
            + " when the verdict is 'correct' (or 'acceptable' with --allow-acceptable).")
final class GradcheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--arch",
      paramLabel = "SPEC",
      description = "Architecture to check, e.g. 7-16sigmoid-12tanh-10softmax.")
  String arch;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      description = "Check a trained model's network instead of a fresh one.")
  Path model;

  @Option(
      names = "--data",
      paramLabel = "FILE|NAME",
      description = "Check on rows of this data (default: random inputs in [0,1] and targets).")
  String data;

  @Option(names = "--h", paramLabel = "STEP", description = "Finite-difference step h.")
  double step = GradientCheckOptions.DEFAULT_STEP;

  @Option(names = "--l2", paramLabel = "LAMBDA", description = "L2 coefficient in J (default: 0).")
  double l2;

  @Option(names = "--samples", paramLabel = "N", description = "Rows used for J (default: 8).")
  int samples = CheckData.DEFAULT_SAMPLES;

  @Option(
      names = "--max-per-group",
      paramLabel = "N",
      description = "Check at most N parameters per W or B, chosen by seed (default: 256).")
  int maxPerGroup = GradientCheckOptions.DEFAULT_MAX_PER_GROUP;

  @Option(
      names = "--after",
      paramLabel = "K",
      description = "Run K plain SGD steps on the check data first (default: 0).")
  int after;

  @Option(
      names = "--init",
      paramLabel = "METHOD",
      description = "Initialisation of a fresh network (default: ${DEFAULT-VALUE}).")
  String init = "xavier";

  @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed = TrainConfig.DEFAULT_SEED;

  @Option(
      names = "--allow-acceptable",
      description = "Also exit 0 on 'acceptable' (for ReLU networks, whose kinks cost accuracy).")
  boolean allowAcceptable;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    Network network = network();
    GradientCheckOptions options =
        GradientCheckOptions.builder()
            .step(step)
            .l2(l2)
            .maxPerGroup(maxPerGroup)
            .training(after, TrainConfig.DEFAULT_LEARNING_RATE)
            .seed(seed)
            .build();
    GradientCheckReport report;
    if (data == null) {
      report =
          GradientCheck.run(
              network, CheckData.random(network.architecture(), samples, seed), options);
    } else {
      Dataset rows = DataSources.forTraining(data, null, dataOptions, seed).split().train();
      report =
          GradientCheck.run(
              network, CheckData.of(rows, network.architecture(), samples, seed), options);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? Json.write(report.toMap()) + "\n" : report.toTable());
    out.flush();
    return report.passed(allowAcceptable) ? ErrorReporter.OK : ErrorReporter.FAILURE;
  }

  private Network network() throws IOException {
    if (model != null) {
      Model m = ModelFiles.load(model);
      return m.network();
    }
    if (arch == null) {
      throw new UserError(
          "gradcheck needs --arch SPEC or --model MODEL",
          "e.g. nonlin gradcheck --arch 7-16sigmoid-12tanh-10softmax");
    }
    return Network.create(
        Architecture.parse(arch), Initializer.parse(init), Precision.FLOAT64, seed);
  }
}
