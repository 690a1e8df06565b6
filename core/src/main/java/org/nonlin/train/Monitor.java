package org.nonlin.train;

import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.nn.Workspace;
import org.nonlin.tensor.Matrix;

/**
 * Measures a network's mean loss and accuracy over a whole data set, in blocks through one reusable
 * workspace; dropout is never applied here.
 */
public final class Monitor {

  private static final int BLOCK = 512;

  private final Network network;
  private final Workspace ws;
  private final Matrix x;
  private final Matrix y;
  private final float[] buffer;

  /** A monitor for {@code network}; allocates its buffers once. */
  public Monitor(Network network) {
    this.network = network;
    this.ws = network.workspace(BLOCK);
    this.x = Matrix.zeros(network.precision(), BLOCK, network.architecture().inputs());
    this.y = Matrix.zeros(network.precision(), BLOCK, network.architecture().outputs());
    this.buffer = new float[BLOCK * network.architecture().inputs()];
  }

  /**
   * Mean loss (data term only) and accuracy (NaN for regression) over every row of {@code data}.
   */
  public LossAndAccuracy measure(Dataset data) {
    int n = data.rows();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double loss = 0;
    long correct = 0;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      data.gatherFeatures(order, from, to, buffer);
      x.loadRows(buffer, to - from);
      Targets.fill(data, order, from, to, y);
      network.forward(x, ws);
      loss += network.architecture().loss().sum(ws.outputScores(), ws.output(), y, null);
      if (data.isClassification()) {
        correct += countCorrect(ws.output(), data, order, from);
      }
    }
    double accuracy = data.isClassification() ? (double) correct / n : Double.NaN;
    return new LossAndAccuracy(loss / n, accuracy);
  }

  /**
   * How many rows of the outputs {@code a} predict the label of data row {@code order[from + r]};
   * allocates nothing, as it runs once per training batch.
   */
  static long countCorrect(Matrix a, Dataset data, int[] order, int from) {
    long correct = 0;
    for (int r = 0; r < a.rows(); r++) {
      if (Targets.predictedClass(a, r) == data.label(order[from + r])) {
        correct++;
      }
    }
    return correct;
  }

  /**
   * A mean loss and an accuracy.
   *
   * @param loss mean loss per sample
   * @param accuracy share of samples classified correctly; NaN for regression
   */
  public record LossAndAccuracy(double loss, double accuracy) {}
}
