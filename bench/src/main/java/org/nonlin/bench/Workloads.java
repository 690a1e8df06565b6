package org.nonlin.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import org.nonlin.data.Dataset;
import org.nonlin.data.io.MnistFiles;
import org.nonlin.nn.Network;
import org.nonlin.tensor.FloatMatrix;
import org.nonlin.train.TrainConfig;
import org.nonlin.train.Trainer;

/**
 * The workloads {@link AlternatingTimer} times, by name. Each jar it compares brings its own copy
 * of this class, so that each workload runs that jar's code; the data are read once per copy.
 *
 * <ul>
 *   <li>{@code z1-fashion}, {@code z1-mnist}: Z1 = X·W1 on 128 images, 784 x 64;
 *   <li>{@code dw1-fashion}, {@code dw1-mnist}: dW1 = Xᵀ·dZ1 / 128 on the same images;
 *   <li>{@code predict-fashion}, {@code predict-mnist}: {@link Network#predict} on 10,000 images;
 *   <li>{@code epoch}: one training epoch on the 60,000 Fashion-MNIST training images.
 * </ul>
 *
 * MNIST is the 10,000 digits nonlin embeds; Fashion-MNIST comes from Debian's package.
 */
public final class Workloads {

  private static final int BATCH = 128;

  private static Dataset fashionTrain;
  private static Dataset fashionTest;
  private static Dataset mnist;
  private static FloatMatrix w1;
  private static FloatMatrix dz1;
  private static FloatMatrix z1;
  private static FloatMatrix dw1;
  private static Network network;

  private Workloads() {}

  /**
   * Runs workload {@code name} once (the products and predictions a fixed number of times) and
   * returns the wall time of one run in nanoseconds.
   *
   * @throws IllegalArgumentException for an unknown name
   * @throws UncheckedIOException when the data cannot be read
   */
  public static long time(String name) {
    load();
    long start = System.nanoTime();
    int repeats =
        switch (name) {
          case "z1-fashion" -> multiply(batch(fashionTrain), false, w1, z1, 1f, 200);
          case "z1-mnist" -> multiply(batch(mnist), false, w1, z1, 1f, 200);
          case "dw1-fashion" -> multiply(batch(fashionTrain), true, dz1, dw1, 1f / BATCH, 200);
          case "dw1-mnist" -> multiply(batch(mnist), true, dz1, dw1, 1f / BATCH, 200);
          case "predict-fashion" -> predict(fashionTest, 10);
          case "predict-mnist" -> predict(mnist, 10);
          case "epoch" -> epoch();
          default ->
              throw new IllegalArgumentException(
                  "unknown workload "
                      + name
                      + " (z1-fashion, z1-mnist, dw1-fashion, dw1-mnist,"
                      + " predict-fashion, predict-mnist, epoch)");
        };
    return (System.nanoTime() - start) / repeats;
  }

  private static int multiply(
      FloatMatrix x, boolean transposed, FloatMatrix b, FloatMatrix c, float alpha, int repeats) {
    for (int r = 0; r < repeats; r++) {
      c.multiply(x, transposed, b, false, alpha, 0.0);
    }
    return repeats;
  }

  private static int predict(Dataset images, int repeats) {
    float[] x = images.featureArray();
    for (int r = 0; r < repeats; r++) {
      network.predict(x, images.rows());
    }
    return repeats;
  }

  private static int epoch() {
    TrainConfig config =
        TrainConfig.builder().maxEpochs(1).batchSize(BATCH).learningRate(0.1).seed(7).build();
    new Trainer(config)
        .fit(ForkedBenchmark.chapterNetwork(), fashionTrain, fashionTrain.subset(new int[] {0}));
    return 1;
  }

  /** Every seventh of the first 7·128 images of {@code data}, as a 128 x 784 matrix. */
  private static FloatMatrix batch(Dataset data) {
    int[] order = new int[BATCH];
    for (int i = 0; i < BATCH; i++) {
      order[i] = 7 * i;
    }
    float[] x = new float[BATCH * data.cols()];
    data.gatherFeatures(order, 0, BATCH, x);
    return FloatMatrix.of(BATCH, data.cols(), x);
  }

  private static void load() {
    if (network != null) {
      return;
    }
    try {
      fashionTrain = Idx.train(Idx.FASHION_MNIST);
      fashionTest = Idx.test(Idx.FASHION_MNIST);
      mnist = MnistFiles.builtinAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SplittableRandom random = new SplittableRandom(1);
    w1 = uniform(784, 64, random);
    dz1 = uniform(BATCH, 64, random);
    z1 = new FloatMatrix(BATCH, 64);
    dw1 = new FloatMatrix(784, 64);
    network = ForkedBenchmark.chapterNetwork();
  }

  /** A rows x cols matrix of values drawn uniformly from [-0.5, 0.5). */
  static FloatMatrix uniform(int rows, int cols, SplittableRandom random) {
    FloatMatrix m = new FloatMatrix(rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        m.set(i, j, random.nextDouble() - 0.5);
      }
    }
    return m;
  }
}
