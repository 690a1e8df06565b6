package org.nonlin.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import org.nonlin.data.Dataset;
import org.nonlin.data.Normalization;
import org.nonlin.data.Normalizer;
import org.nonlin.data.PlaneProblems;
import org.nonlin.data.Split;
import org.nonlin.data.io.CsvOptions;
import org.nonlin.data.io.CsvReader;
import org.nonlin.data.io.CsvTable;
import org.nonlin.nn.Architecture;
import org.nonlin.train.TrainConfig;

/**
 * The data sets of the imbalance study: the chapter's double arc and coin hole drawn at fixed class
 * sizes, and the UCI Adult census data with its own imbalance.
 *
 * <p>The plane problems are drawn from a seeded pool: the first n_c rows of each class c in pool
 * order form the training part, the next n_c the test part. The test part thus has the training
 * part's class sizes: the scores are those of the class mix the model would meet, and the minority
 * recall is measured on as many minority rows as training saw (100 for the double arc). Features
 * are min-max normalised with the training part's ranges.
 */
public final class ImbalanceProblems {

  /** Majority (class 0) rows of the double arc, in each part. */
  public static final int ARC_MAJORITY = 1900;

  /** Minority (class 1) rows of the double arc, in each part. */
  public static final int ARC_MINORITY = 100;

  /** Epochs of plain training on the double arc: 50 · 2,000 / 5 = 20,000 steps. */
  public static final int ARC_EPOCHS = 50;

  /**
   * Epochs of plain training on the coin hole: 300 · 1,400 / 10 = 42,000 steps, a tenth of the
   * course's 5,000 epochs over 1,000 rows.
   */
  public static final int COIN_EPOCHS = 300;

  /** Epochs of plain training on UCI Adult: 10 · ⌈32,561 / 64⌉ = 5,090 steps. */
  public static final int ADULT_EPOCHS = 10;

  /** Hidden sigmoid units of the Adult network. */
  public static final int ADULT_HIDDEN = 16;

  /** The learning rate of every network, the chapter's plain SGD η. */
  public static final double LEARNING_RATE = 0.1;

  /** Rows of the coin-hole classes "1" (the square), "2" (the ring) and "3" (the corners). */
  private static final int[] COIN_COUNTS = {1000, 300, 100};

  private ImbalanceProblems() {}

  /** The coin-hole class sizes of the study, 1,000:300:100; a new array. */
  public static int[] coinCounts() {
    return COIN_COUNTS.clone();
  }

  /**
   * The double arc at {@code majority:minority} rows in each part, learned by the course's
   * 2-2sigmoid-1logistic with plain SGD, η 0.1 and batches of 5.
   *
   * @param epochs plain training's epochs, the budget
   */
  public static ImbalanceProblem doubleArc(int majority, int minority, int epochs, long seed) {
    Split data = drawn(rows -> PlaneProblems.doubleArc(rows, seed), new int[] {majority, minority});
    return problem("double-arc", "double arc", data, "2-2sigmoid-1logistic", 5, epochs, seed);
  }

  /**
   * The coin hole at the given class sizes in each part (classes "1", "2", "3" in order), learned
   * by 2-8sigmoid-3softmax with plain SGD, η 0.1 and batches of 10.
   *
   * @param counts one size per class, each at least 1; not modified
   * @param epochs plain training's epochs, the budget
   */
  public static ImbalanceProblem coinHole(int[] counts, int epochs, long seed) {
    Split data = drawn(rows -> PlaneProblems.coinHole(rows, seed), counts.clone());
    return problem("coin-hole", "coin hole", data, "2-8sigmoid-3softmax", 10, epochs, seed);
  }

  /**
   * UCI Adult from {@code folder}: trained on {@code adult.data}, tested on {@code adult.test}
   * (read with {@link CsvOptions#DEFAULTS}: missing values imputed, categories one-hot), learned by
   * {@code <width>-16sigmoid-1logistic} with plain SGD, η 0.1 and batches of 64.
   *
   * @param epochs plain training's epochs, the budget
   * @return empty when either file is missing
   * @throws UncheckedIOException when a file exists but cannot be read
   */
  public static Optional<ImbalanceProblem> adult(Path folder, int epochs, long seed) {
    Path trainFile = folder.resolve("adult.data");
    Path testFile = folder.resolve("adult.test");
    if (!Files.isRegularFile(trainFile) || !Files.isRegularFile(testFile)) {
      return Optional.empty();
    }
    Split raw;
    try {
      CsvReader reader = new CsvReader(CsvOptions.DEFAULTS);
      CsvTable table = reader.read(trainFile);
      raw = new Split(table.dataset(), reader.read(testFile, table.encoding()).dataset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Split data = normalised(raw);
    String arch = data.train().cols() + "-" + ADULT_HIDDEN + "sigmoid-1logistic";
    return Optional.of(problem("adult", "UCI Adult", data, arch, 64, epochs, seed));
  }

  /**
   * Draws {@code counts[c]} training and as many test rows of each class c from pools of growing
   * size, then normalises both parts with the training ranges.
   */
  private static Split drawn(IntFunction<Dataset> pools, int[] counts) {
    int wanted = 0;
    for (int count : counts) {
      if (count < 1) {
        throw new IllegalArgumentException(
            "class size " + count + " in " + Arrays.toString(counts) + " must be >= 1");
      }
      wanted += 2 * count;
    }
    for (int rows = wanted; ; rows *= 2) {
      Dataset pool = pools.apply(rows);
      if (pool.numClasses() != counts.length) {
        throw new IllegalArgumentException(
            counts.length + " class sizes given for " + pool.numClasses() + " classes");
      }
      if (holdsTwice(pool.classCounts(), counts)) {
        return normalised(split(pool, counts));
      }
    }
  }

  private static boolean holdsTwice(int[] available, int[] counts) {
    for (int c = 0; c < counts.length; c++) {
      if (available[c] < 2 * counts[c]) {
        return false;
      }
    }
    return true;
  }

  /** The first counts[c] rows of each class c train, the next counts[c] test; pool order kept. */
  private static Split split(Dataset pool, int[] counts) {
    int total = Arrays.stream(counts).sum();
    int[] train = new int[total];
    int[] test = new int[total];
    int[] seen = new int[counts.length];
    int t = 0;
    int s = 0;
    for (int r = 0; r < pool.rows(); r++) {
      int c = pool.label(r);
      if (seen[c] < counts[c]) {
        train[t++] = r;
      } else if (seen[c] < 2 * counts[c]) {
        test[s++] = r;
      }
      seen[c]++;
    }
    return new Split(pool.subset(train), pool.subset(test));
  }

  private static Split normalised(Split raw) {
    Normalizer normalizer = Normalizer.fit(Normalization.MIN_MAX, raw.train());
    return new Split(normalizer.apply(raw.train()), normalizer.apply(raw.test()));
  }

  /** A problem learned with plain SGD at {@link #LEARNING_RATE}, described in one line. */
  private static ImbalanceProblem problem(
      String name, String title, Split data, String arch, int batchSize, int epochs, long seed) {
    TrainConfig config =
        TrainConfig.builder()
            .maxEpochs(epochs)
            .batchSize(batchSize)
            .learningRate(LEARNING_RATE)
            .seed(seed)
            .build();
    String description =
        title + ", " + counts(data) + ", " + arch + ", " + settings(config, data.train());
    return new ImbalanceProblem(name, description, data, Architecture.parse(arch), config);
  }

  private static String counts(Split data) {
    return "train " + ratio(data.train()) + ", test " + ratio(data.test());
  }

  private static String ratio(Dataset data) {
    StringBuilder text = new StringBuilder();
    for (int count : data.classCounts()) {
      text.append(text.length() == 0 ? "" : ":").append(String.format(Locale.ROOT, "%,d", count));
    }
    return text.toString();
  }

  private static String settings(TrainConfig config, Dataset train) {
    long batches = (train.rows() + config.batchSize() - 1) / config.batchSize();
    return String.format(
        Locale.ROOT,
        "SGD eta %s, batch %d, %d epochs of plain training (%,d steps)",
        LEARNING_RATE,
        config.batchSize(),
        config.maxEpochs(),
        config.maxEpochs() * batches);
  }
}
