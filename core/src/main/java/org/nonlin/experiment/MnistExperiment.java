package org.nonlin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nonlin.data.Split;
import org.nonlin.data.io.MnistFiles;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.train.TrainConfig;

/**
 * The chapter's deepest network, 784-64sigmoid-16tanh-10softmax (Xavier; SGD η 0.2, batch 128;
 * checkpoint every half epoch; 1/12 of the training set held out for validation), on the built-in
 * 10,000 digits or on a folder with the four standard MNIST (or Fashion-MNIST) files. The course
 * reaches 0.9749 test accuracy on full MNIST after 40 epochs.
 */
public final class MnistExperiment implements Experiment {

  /** The chapter's architecture. */
  public static final String ARCHITECTURE = "784-64sigmoid-16tanh-10softmax";

  /** Epochs on a full MNIST folder, as the course. */
  public static final int FULL_EPOCHS = 40;

  /** Epochs on the built-in 10,000 digits. */
  public static final int BUILTIN_EPOCHS = 20;

  /** Share of the training part held out for validation, as the chapter (1/12). */
  public static final double VALIDATION_FRACTION = 1.0 / 12;

  private final Path folder;

  /**
   * @param folder a folder with the four MNIST IDX files, or null for the built-in digits
   */
  public MnistExperiment(Path folder) {
    this.folder = folder;
  }

  @Override
  public String name() {
    return "mnist";
  }

  @Override
  public String description() {
    return folder == null
        ? "784-64-16-10 on the built-in 10,000 MNIST digits (8,000 train / 2,000 test)"
        : "784-64-16-10 on " + folder + "; course: 0.9749 on full MNIST after 40 epochs";
  }

  @Override
  public ExperimentResult run(ExperimentOptions options) {
    Split data = load(options.seed());
    int budget = folder == null ? BUILTIN_EPOCHS : FULL_EPOCHS;
    TrainConfig config =
        TrainConfig.builder()
            .maxEpochs(options.epochs(budget))
            .batchSize(128)
            .learningRate(0.2)
            .checkpointEpochs(0.5)
            .validationFraction(VALIDATION_FRACTION)
            .seed(options.seed())
            .build();
    RunSpec spec =
        new RunSpec(
            ARCHITECTURE,
            Architecture.parse(ARCHITECTURE),
            Initializer.XAVIER,
            config,
            data,
            Set.of());
    RunOutcome run = Runs.run(spec);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("architecture", ARCHITECTURE);
    extra.put("train_rows", data.train().rows());
    extra.put("test_rows", data.test().rows());
    return new ExperimentResult(
        name(), List.of(run.row(extra)), List.of(run), List.of(description()));
  }

  private Split load(long seed) {
    try {
      return folder == null ? MnistFiles.builtin(seed) : MnistFiles.read(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
