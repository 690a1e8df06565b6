package org.nonlin.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.data.Normalizer;
import org.nonlin.data.PlaneProblems;
import org.nonlin.data.Split;
import org.nonlin.data.Splits;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.train.TrainConfig;

/**
 * The chapter's 2-D experiments: XOR, the double arc and the coin hole, with the course's settings,
 * and the hidden-width studies. Features are min-max normalised on the training part.
 */
public final class PlaneExperiments {

  /** Epochs at which the double-arc run keeps network copies for the space-bending pictures. */
  public static final Set<Double> ARC_SNAPSHOTS = Set.of(20.0, 100.0, 200.0, 600.0);

  /** Epochs at which the 2-2-1 XOR run keeps network copies for the space-bending pictures. */
  public static final Set<Double> XOR_SNAPSHOTS = Set.of(1000.0, 3000.0);

  /** Epochs at which the 2-3-3 coin-hole run keeps network copies for the hidden-space pictures. */
  public static final Set<Double> COIN_SNAPSHOTS = Set.of(100.0, 1000.0);

  private static final int[] XOR_WIDTHS = {1, 2, 3, 4, 8, 16};
  private static final int[] COIN_WIDTHS = {2, 4, 8, 16, 32, 64};
  private static final int XOR_EPOCHS = 10_000;

  private PlaneExperiments() {}

  /** XOR with 2-2-1: the epochs it needs (course: about 5,900) and its four outputs. */
  public static Experiment xor() {
    return experiment(
        "xor",
        "XOR with 2-2-1 (sigmoid, logistic; eta 0.1, batch 1, eps 0.005); course: ~5,900 epochs",
        o -> List.of(xorSpec(2, o)));
  }

  /** XOR with hidden widths 1, 2, 3, 4, 8, 16: one unit cannot solve it. */
  public static Experiment xorHidden() {
    return experiment(
        "xor-hidden",
        "XOR with 1, 2, 3, 4, 8, 16 hidden units; one unit fails",
        o -> {
          List<RunSpec> specs = new ArrayList<>();
          for (int h : XOR_WIDTHS) {
            specs.add(xorSpec(h, o));
          }
          return specs;
        });
  }

  /** The double arc with 2-2-1 (course: about 260 epochs, test accuracy 1.0). */
  public static Experiment doubleArc() {
    return experiment(
        "double-arc",
        "double arc with 2-2-1 (eta 0.1, batch 5, eps 0.08); course: ~260 epochs, accuracy 1.0",
        o -> {
          Split data =
              normalised(
                  PlaneProblems.doubleArc(
                      PlaneProblems.DOUBLE_ARC_TRAIN + PlaneProblems.DOUBLE_ARC_TEST, o.seed()),
                  PlaneProblems.DOUBLE_ARC_TEST,
                  o.seed());
          TrainConfig config =
              base(o)
                  .maxEpochs(o.epochs(XOR_EPOCHS))
                  .batchSize(5)
                  .stopLoss(0.08)
                  .checkpointEpochs(5)
                  .build();
          return List.of(
              new RunSpec(
                  "2-2sigmoid-1logistic",
                  Architecture.parse("2-2sigmoid-1logistic"),
                  Initializer.XAVIER,
                  config,
                  data,
                  ARC_SNAPSHOTS));
        });
  }

  /** The coin hole with 2-3-3 (course: test accuracy 0.952). */
  public static Experiment coinHole() {
    return experiment(
        "coin-hole",
        "coin hole with 2-3-3 (sigmoid, softmax; eta 0.1, batch 10, 5,000 epochs); course: 0.952",
        o -> List.of(coinSpec(3, 5_000, o)));
  }

  /** The coin hole with hidden widths 2..64 (course: 0.62 / 0.95 / 0.97 / 0.98 / 0.97 / 0.97). */
  public static Experiment coinHoleHidden() {
    return experiment(
        "coin-hole-hidden",
        "coin hole with 2, 4, 8, 16, 32, 64 hidden units, 10,000 epochs;"
            + " course: 0.62 / 0.95 / 0.97 / 0.98 / 0.97 / 0.97",
        o -> {
          List<RunSpec> specs = new ArrayList<>();
          for (int h : COIN_WIDTHS) {
            specs.add(coinSpec(h, 10_000, o));
          }
          return specs;
        });
  }

  private static RunSpec xorSpec(int hidden, ExperimentOptions o) {
    Dataset xor = PlaneProblems.xor();
    TrainConfig config =
        base(o)
            .maxEpochs(o.epochs(XOR_EPOCHS))
            .batchSize(1)
            .stopLoss(0.005)
            .checkpointEpochs(100)
            .build();
    String spec = "2-" + hidden + "sigmoid-1logistic";
    return new RunSpec(
        spec,
        Architecture.parse(spec),
        Initializer.XAVIER,
        config,
        new Split(xor, xor),
        hidden == 2 ? XOR_SNAPSHOTS : Set.of());
  }

  private static RunSpec coinSpec(int hidden, int epochs, ExperimentOptions o) {
    Split data =
        normalised(
            PlaneProblems.coinHole(
                PlaneProblems.COIN_HOLE_TRAIN + PlaneProblems.COIN_HOLE_TEST, o.seed()),
            PlaneProblems.COIN_HOLE_TEST,
            o.seed());
    TrainConfig config =
        base(o).maxEpochs(o.epochs(epochs)).batchSize(10).checkpointEpochs(50).build();
    String spec = "2-" + hidden + "sigmoid-3softmax";
    return new RunSpec(
        spec,
        Architecture.parse(spec),
        Initializer.XAVIER,
        config,
        data,
        hidden == 3 ? COIN_SNAPSHOTS : Set.of());
  }

  private static TrainConfig.Builder base(ExperimentOptions o) {
    return TrainConfig.builder().learningRate(0.1).seed(o.seed());
  }

  /** Holds out {@code testRows}, then min-max normalises both parts with the training ranges. */
  static Split normalised(Dataset all, int testRows, long seed) {
    Split split = Splits.holdOut(all, testRows, seed);
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, split.train());
    return new Split(normalizer.apply(split.train()), normalizer.apply(split.test()));
  }

  private static Experiment experiment(
      String name, String description, Function<ExperimentOptions, List<RunSpec>> specs) {
    return new Experiment() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public ExperimentResult run(ExperimentOptions options) {
        List<RunOutcome> runs = Runs.runAll(specs.apply(options), options.threads());
        List<ExperimentRow> rows = new ArrayList<>();
        for (RunOutcome run : runs) {
          rows.add(run.row(extras(name, run)));
        }
        return new ExperimentResult(name, rows, runs, List.of(description));
      }
    };
  }

  private static Map<String, Object> extras(String name, RunOutcome run) {
    Map<String, Object> extra = new LinkedHashMap<>();
    if (name.startsWith("xor")) {
      float[] out = run.network().predict(new float[] {0, 0, 0, 1, 1, 0, 1, 1}, 4);
      List<Object> outputs = new ArrayList<>();
      for (float v : out) {
        outputs.add((double) v);
      }
      extra.put("outputs", outputs);
      extra.put(
          "solved",
          Math.abs(out[0]) < 0.01
              && Math.abs(out[1] - 1) < 0.01
              && Math.abs(out[2] - 1) < 0.01
              && Math.abs(out[3]) < 0.01);
    }
    extra.put("architecture", run.spec().architecture().toString().toLowerCase(Locale.ROOT));
    return extra;
  }
}
