package org.nonlin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalizer;
import org.nonlin.io.Json;
import org.nonlin.model.Model;
import org.nonlin.model.ModelFiles;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.train.HistoryCsv;
import org.nonlin.train.Monitor;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.TrainResult;
import org.nonlin.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nonlin train}: trains a network on a file or a built-in set and writes a model. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train a network and write the model file and its training history (CSV).")
final class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin TrainingData trainingData;

  @Option(
      names = "--test",
      paramLabel = "FILE|NAME",
      description =
          "Test trainingData.data, measured once after training (built-in sets bring their own).")
  String test;

  @Option(
      names = "--out",
      paramLabel = "MODEL",
      description = "Model file to write (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("model.nlm");

  @Option(
      names = "--history",
      paramLabel = "CSV",
      description = "Training history to write (default: the model path with .history.csv).")
  Path history;

  @Option(
      names = "--json",
      description = "Print the summary as one JSON object instead of a table.")
  boolean json;

  @Mixin TrainingOptions training;

  @Mixin DataOptions dataOptions;

  @Override
  public Integer call() throws IOException {
    Path historyFile = history != null ? history : historyPath(out);
    Outputs.requireWritable(out);
    Outputs.requireWritable(historyFile);
    Loaded loaded = DataSources.forTraining(trainingData.data, test, dataOptions, training.seed);
    Dataset rawTrain = loaded.split().train();
    Architecture arch = training.architecture(rawTrain);
    Normalizer normalizer = Normalizer.fit(training.normalization(), rawTrain);
    Dataset train = normalizer.apply(rawTrain);
    TrainConfig config = training.config(rawTrain);
    Network network =
        Network.create(arch, training.initializer(), training.precision(), training.seed);

    PrintWriter err = spec.commandLine().getErr();
    Progress progress =
        new Progress(err, Progress.attachedToTerminal(), config.maxEpochs(), config.batchSize());
    TrainResult result;
    try {
      result = new Trainer(config, progress).fit(network, train, null);
    } finally {
      progress.finish();
    }

    Map<String, Object> record = training.record(arch, config, result, rawTrain, loaded.source());
    Model model =
        new Model(
            network,
            normalizer,
            rawTrain.featureNames(),
            rawTrain.classNames(),
            loaded.encoding(),
            record);
    ModelFiles.save(model, out);
    HistoryCsv.write(result.history(), historyFile);
    report(model, result, loaded, historyFile);
    return ErrorReporter.OK;
  }

  private void report(Model model, TrainResult result, Loaded loaded, Path historyFile) {
    Monitor monitor = new Monitor(model.network());
    Monitor.LossAndAccuracy trainFit =
        monitor.measure(model.normalizer().apply(loaded.split().train()));
    Dataset rawTest = loaded.split().test();
    Monitor.LossAndAccuracy testFit =
        rawTest == null ? null : monitor.measure(model.normalizer().apply(rawTest));
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("model", out.toString());
    summary.put("history", historyFile.toString());
    summary.put("architecture", model.network().architecture().toString());
    summary.put("epochs", result.epochs());
    summary.put("iterations", result.iterations());
    summary.put("stop_reason", result.stopReason().name().toLowerCase(Locale.ROOT));
    summary.put("seconds", result.seconds());
    summary.put("train_loss", trainFit.loss());
    summary.put("train_accuracy", nullIfNaN(trainFit.accuracy()));
    if (testFit != null) {
      summary.put("test_loss", testFit.loss());
      summary.put("test_accuracy", nullIfNaN(testFit.accuracy()));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (json) {
      stdout.println(Json.write(summary));
      return;
    }
    for (Map.Entry<String, Object> e : summary.entrySet()) {
      stdout.printf(Locale.ROOT, "%-15s %s%n", e.getKey(), format(e.getValue()));
    }
  }

  private static Object nullIfNaN(double value) {
    return Double.isNaN(value) ? null : value;
  }

  private static String format(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, "%.6g", d);
    }
    return String.valueOf(value);
  }

  static Path historyPath(Path model) {
    String name = model.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return model.resolveSibling(stem + ".history.csv");
  }
}
