package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Json;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.plot.LineChart;
import org.nonlin.tune.LossSource;
import org.nonlin.tune.RangePoint;
import org.nonlin.tune.RangeTest;
import org.nonlin.tune.RangeTestConfig;
import org.nonlin.tune.RangeTestResult;
import org.nonlin.tune.RateSweep;
import org.nonlin.tune.SuggestionRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin lr-find}: the learning-rate range test (Smith, 2015). */
@Command(
    name = "lr-find",
    mixinStandardHelpOptions = true,
    description =
        "Learning-rate range test: raise the rate after every batch from a tiny value, record the"
            + " loss, stop when it diverges, and suggest a rate. Writes lr-find.csv and a plot of"
            + " loss against log10(learning rate). The network and optimiser are left untouched."
            + " Of the training options, --arch, --batch, --optimizer, --l2, --init, --precision,"
            + " --normalize, --val-split and --seed apply.")
final class LrFindCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TrainingData trainingData;

  @Option(
      names = "--sweep",
      paramLabel = "SPEC",
      description =
          "How the rate rises: exp(start,end,steps), linear(start,end,steps), or the chapter's"
              + " piecewise(start,end,hold) (default: ${DEFAULT-VALUE}).")
  String sweep = "exp(1e-5,10,100)";

  @Option(
      names = "--source",
      paramLabel = "training|validation",
      description = "Loss of the training batches (smoothed) or of a validation set.")
  String source = "training";

  @Option(
      names = "--rule",
      paramLabel = "minimum|steepest|valley",
      description =
          "Which suggestion to report: minimum/10, steepest descent or valley"
              + " (default: ${DEFAULT-VALUE}).")
  String rule = "minimum";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder for lr-find.csv and the plot, created if missing (default: .).")
  Path out = Path.of(".");

  @Option(names = "--json", description = "Print the curve and suggested_lr as one JSON object.")
  boolean json;

  @Mixin TrainingOptions training;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    Prepared prepared = Prepared.of(trainingData.data, dataOptions, training);
    RangeTestConfig config =
        RangeTestConfig.builder()
            .sweep(RateSweep.parse(sweep))
            .batchSize(training.batchSize)
            .optimizer(OptimizerSpec.parse(training.optimizer))
            .l2(training.l2)
            .source(lossSource())
            .rule(SuggestionRule.parse(rule))
            .seed(training.seed)
            .build();
    RangeTestResult result =
        RangeTest.run(prepared.network(), prepared.train(), prepared.validation(), config);
    Files.createDirectories(out);
    AtomicFiles.writeBytes(
        out.resolve("lr-find.csv"), result.toCsv().getBytes(StandardCharsets.UTF_8));
    Pictures.write(chart(result), out, "lr-find");
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(Json.write(result.toMap()));
      return ErrorReporter.OK;
    }
    stdout.printf(
        Locale.ROOT,
        "suggested learning rate %.4g (rule: %s)%n",
        result.suggestedLr(),
        result.rule().name().toLowerCase(Locale.ROOT));
    stdout.printf(
        Locale.ROOT,
        "  steepest %.4g, minimum/10 %.4g, valley %.4g, lowest loss at %.4g%n",
        result.suggestions().steepest(),
        result.suggestions().minimumTenth(),
        result.suggestions().valley(),
        result.suggestions().lowest());
    stdout.println(
        "  "
            + result.points().size()
            + " points, stopped: "
            + result.stopReason().name().toLowerCase(Locale.ROOT));
    stdout.println("  curve in " + out.resolve("lr-find.csv") + ", plot lr-find.png/.svg");
    return ErrorReporter.OK;
  }

  private LossSource lossSource() {
    switch (source.trim().toLowerCase(Locale.ROOT)) {
      case "training":
        return LossSource.TRAINING;
      case "validation":
        return LossSource.VALIDATION;
      default:
        throw new UserError(
            "--source '" + source + "' is not known", "use --source training or validation");
    }
  }

  private static LineChart chart(RangeTestResult result) {
    int n = result.points().size();
    double[] lr = new double[n];
    double[] loss = new double[n];
    double[] smoothed = new double[n];
    for (int i = 0; i < n; i++) {
      RangePoint p = result.points().get(i);
      lr[i] = p.learningRate();
      loss[i] = p.loss();
      smoothed[i] = p.smoothedLoss();
    }
    double top = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(smoothed[i])) {
        top = Math.max(top, Math.min(smoothed[i], 2.5 * smoothed[0]));
      }
    }
    LineChart.Builder chart =
        LineChart.builder()
            .title("Learning-rate range test (" + result.sweep().spec() + ")")
            .yRange(0, top > 0 ? 1.1 * top : 1)
            .xLabel("learning rate (log scale)")
            .yLabel("loss")
            .logX(true)
            .series("loss", lr, loss)
            .series("smoothed loss", lr, smoothed);
    if (Double.isFinite(result.suggestedLr()) && result.suggestedLr() > 0) {
      chart.verticalLine(
          result.suggestedLr(),
          String.format(
              Locale.ROOT,
              "suggested %.3g (%s)",
              result.suggestedLr(),
              result.rule().name().toLowerCase(Locale.ROOT)));
    }
    return chart.build();
  }
}
