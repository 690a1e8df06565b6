package org.nonlin.train;

import org.nonlin.data.Dataset;
import org.nonlin.data.PlaneProblems;
import org.nonlin.data.Split;
import org.nonlin.data.Splits;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.nn.Network;
import org.nonlin.tensor.Matrix;
import org.nonlin.tensor.Precision;

/** Data and networks shared by the training tests. */
final class Fixtures {

  /** The chapter's net for the plane problems with two classes. */
  static final String NET_221 = "2-2sigmoid-1logistic";

  private Fixtures() {}

  /**
   * The chapter's double-arc experiment: 500 points, 100 held out for testing, both parts scaled to
   * [0, 1] per feature with the training part's minimum and maximum.
   */
  static Split normalisedDoubleArc(long seed) {
    Split raw = Splits.holdOut(PlaneProblems.doubleArc(500, seed), 100, seed);
    return new Split(minMax(raw.train(), raw.train()), minMax(raw.test(), raw.train()));
  }

  /** {@code (x − min) / (max − min)} per feature, with min and max taken from {@code ranges}. */
  static Dataset minMax(Dataset data, Dataset ranges) {
    float[] x = data.featureArray();
    int cols = data.cols();
    for (int c = 0; c < cols; c++) {
      float min = Float.POSITIVE_INFINITY;
      float max = Float.NEGATIVE_INFINITY;
      for (int r = 0; r < ranges.rows(); r++) {
        min = Math.min(min, ranges.feature(r, c));
        max = Math.max(max, ranges.feature(r, c));
      }
      for (int r = 0; r < data.rows(); r++) {
        x[r * cols + c] = (x[r * cols + c] - min) / (max - min);
      }
    }
    return data.withFeatures(x);
  }

  /** A Xavier-initialised network of {@code spec}. */
  static Network network(String spec, Precision precision, long seed) {
    return Network.create(Architecture.parse(spec), Initializer.XAVIER, precision, seed);
  }

  /** Every parameter, W1, B1, W2, B2, ..., flattened to float32. */
  static float[] weights(Network network) {
    int total = 0;
    for (Matrix p : network.parameters()) {
      total += p.rows() * p.cols();
    }
    float[] all = new float[total];
    int at = 0;
    for (Matrix p : network.parameters()) {
      float[] values = p.toFloatArray();
      System.arraycopy(values, 0, all, at, values.length);
      at += values.length;
    }
    return all;
  }

  /** A history row with the wall time zeroed, so that two runs' rows can be compared whole. */
  static Checkpoint withoutTime(Checkpoint c) {
    return new Checkpoint(
        c.epoch(),
        c.iteration(),
        c.learningRate(),
        c.trainLoss(),
        c.trainAccuracy(),
        c.validationLoss(),
        c.validationAccuracy(),
        0);
  }
}
