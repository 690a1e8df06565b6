package org.nonlin.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.optim.OptimizerSpec;
import org.nonlin.tensor.Precision;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.TrainResult;
import org.nonlin.train.schedule.BatchScaling;
import org.nonlin.train.schedule.FixedRate;
import org.nonlin.train.schedule.LearningRateSchedule;
import org.nonlin.train.schedule.Schedules;
import picocli.CommandLine.Option;

/** The network and training settings shared by train, lr-find and sweep. */
final class TrainingOptions {

  /** Width of the hidden layer of the default architecture. */
  static final int DEFAULT_HIDDEN = 16;

  @Option(
      names = "--arch",
      paramLabel = "SPEC",
      description =
          "Architecture, e.g. 2-2sigmoid-1logistic or 784-64sigmoid-16tanh-10softmax"
              + " (default: one hidden layer of 16 sigmoid units and the output the data needs).")
  String arch;

  @Option(
      names = "--optimizer",
      paramLabel = "RULE",
      description = "sgd, momentum(0.9), nesterov(0.9) or adam(0.9,0.999,1e-8) (default: sgd).")
  String optimizer = "sgd";

  @Option(
      names = {"--lr", "--learning-rate"},
      paramLabel = "ETA",
      description = "Fixed learning rate (default: ${DEFAULT-VALUE}); --schedule overrides it.")
  double learningRate = TrainConfig.DEFAULT_LEARNING_RATE;

  @Option(
      names = "--schedule",
      paramLabel = "SPEC",
      description =
          "Learning-rate schedule, e.g. step(0.1,0.9,50) or warmup(100,cosine(0.5,0,10000)).")
  String schedule;

  @Option(
      names = "--scaling",
      paramLabel = "RULE",
      description =
          "Scale the learning rate with the batch size relative to --base-batch: none, linear"
              + " (eta*B/B0), sqrt (eta*sqrt(B/B0)), optionally with :cap=X (default: none).")
  String scaling = "none";

  @Option(
      names = "--base-batch",
      paramLabel = "B0",
      description = "The batch size the learning rate is given for (default: the batch size).")
  Integer baseBatch;

  @Option(
      names = {"--batch", "--batch-size"},
      paramLabel = "N",
      description = "Mini-batch size (default: ${DEFAULT-VALUE}).")
  int batchSize = TrainConfig.DEFAULT_BATCH_SIZE;

  @Option(
      names = "--epochs",
      paramLabel = "N",
      description = "Maximum epochs (default: ${DEFAULT-VALUE}).")
  int epochs = TrainConfig.DEFAULT_EPOCHS;

  @Option(
      names = "--eps",
      paramLabel = "LOSS",
      description = "Stop when the validation loss at a checkpoint is at most this (default: off).")
  double eps;

  @Option(
      names = "--checkpoint",
      paramLabel = "EPOCHS",
      description = "Epochs between checkpoints, fractions allowed (default: ${DEFAULT-VALUE}).")
  double checkpoint = 1.0;

  @Option(
      names = "--patience",
      paramLabel = "N",
      description = "Early stopping after N checkpoints without improvement (default: off).")
  int patience;

  @Option(
      names = "--val-split",
      paramLabel = "FRACTION",
      description =
          "Share of the training data held out for validation (default: 0, the training set is"
              + " measured at checkpoints).")
  double validationSplit;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for data, weights, shuffles and dropout (default: ${DEFAULT-VALUE}).")
  long seed = TrainConfig.DEFAULT_SEED;

  @Option(
      names = "--precision",
      paramLabel = "float32|float64",
      description = "Arithmetic precision (default: ${DEFAULT-VALUE}).")
  String precision = "float32";

  @Option(
      names = "--init",
      paramLabel = "METHOD",
      description = "Weight initialisation: zero, normal, xavier, he (default: ${DEFAULT-VALUE}).")
  String init = "xavier";

  @Option(names = "--l2", paramLabel = "LAMBDA", description = "L2 coefficient (default: 0).")
  double l2;

  @Option(
      names = "--keep",
      paramLabel = "P",
      description = "Dropout keep probability for hidden layers (default: 1, no dropout).")
  double keep = 1.0;

  @Option(
      names = "--normalize",
      paramLabel = "KIND",
      description = "Feature normalisation: min-max, z-score or none (default: ${DEFAULT-VALUE}).")
  String normalize = "min-max";

  @Option(
      names = "--class-weights",
      paramLabel = "balanced|W1,W2,...",
      description = "Weight each class's loss: 'balanced' (n / (k * n_c)) or one weight per class.")
  String classWeights;

  /** The architecture given, or the default one for {@code data}. */
  Architecture architecture(Dataset data) {
    if (arch != null) {
      return Architecture.parse(arch);
    }
    String output;
    if (!data.isClassification()) {
      output = data.outputWidth() + "identity";
    } else {
      output = data.numClasses() == 2 ? "1logistic" : data.numClasses() + "softmax";
    }
    return Architecture.parse(data.cols() + "-" + DEFAULT_HIDDEN + "sigmoid-" + output);
  }

  Normalization normalization() {
    return Normalization.parse(normalize);
  }

  Initializer initializer() {
    return Initializer.parse(init);
  }

  Precision precision() {
    return Precision.parse(precision);
  }

  /** The schedule given (or the fixed rate), scaled for the batch size when asked. */
  LearningRateSchedule schedule() {
    LearningRateSchedule base =
        schedule != null ? Schedules.parse(schedule) : new FixedRate(learningRate);
    return BatchScaling.parse(scaling)
        .apply(base, baseBatch == null ? batchSize : baseBatch, batchSize);
  }

  /** The validated training configuration for {@code train}. */
  TrainConfig config(Dataset train) {
    return TrainConfig.builder()
        .maxEpochs(epochs)
        .batchSize(batchSize)
        .schedule(schedule())
        .optimizer(OptimizerSpec.parse(optimizer))
        .l2(l2)
        .keepProbability(keep)
        .checkpointEpochs(checkpoint)
        .stopLoss(eps)
        .patience(patience)
        .validationFraction(validationSplit)
        .seed(seed)
        .classWeights(classWeights(train))
        .build();
  }

  private double[] classWeights(Dataset train) {
    if (classWeights == null) {
      return null;
    }
    if (!train.isClassification()) {
      throw new UserError("--class-weights needs class labels", "drop it for regression data");
    }
    int k = train.numClasses();
    double[] weights = new double[k];
    if (classWeights.trim().equalsIgnoreCase("balanced")) {
      int[] counts = train.classCounts();
      for (int c = 0; c < k; c++) {
        weights[c] = (double) train.rows() / (k * Math.max(1, counts[c]));
      }
      return weights;
    }
    String[] parts = classWeights.split(",");
    if (parts.length != k) {
      throw new UserError(
          "--class-weights gives " + parts.length + " weights for " + k + " classes",
          "give one weight per class, in the order " + String.join(", ", train.classNames()));
    }
    for (int c = 0; c < k; c++) {
      try {
        weights[c] = Double.parseDouble(parts[c].trim());
      } catch (NumberFormatException e) {
        throw new UserError(
            "class weight '" + parts[c].trim() + "' is not a number", "e.g. --class-weights 1,5");
      }
    }
    return weights;
  }

  /** What the model file records about this run. */
  Map<String, Object> record(
      Architecture architecture,
      TrainConfig config,
      TrainResult result,
      Dataset train,
      String source) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("data", source);
    record.put("architecture", architecture.toString());
    record.put("init", initializer().label());
    record.put("precision", precision().label());
    record.put("optimizer", config.optimizer().toString());
    record.put("schedule", config.schedule().spec());
    record.put("batch_size", config.batchSize());
    record.put("max_epochs", config.maxEpochs());
    record.put("epochs_trained", result.epochs());
    record.put("iterations", result.iterations());
    record.put("stop_reason", result.stopReason().name().toLowerCase(Locale.ROOT));
    record.put("eps", config.stopLoss());
    record.put("checkpoint", config.checkpointEpochs());
    record.put("patience", config.patience());
    record.put("validation_split", config.validationFraction());
    record.put("l2", config.l2());
    record.put("keep_probability", config.keepProbability());
    record.put("normalization", normalization().jsonName());
    record.put("seed", config.seed());
    if (train.isClassification()) {
      List<Object> counts = new ArrayList<>();
      for (int count : train.classCounts()) {
        counts.add(count);
      }
      record.put("class_counts", counts);
    }
    if (config.classWeights() != null) {
      List<Object> weights = new ArrayList<>();
      for (double w : config.classWeights()) {
        weights.add(w);
      }
      record.put("class_weights", weights);
    }
    return record;
  }
}
