package org.nonlin.ensemble;

import org.nonlin.nn.Architecture;
import org.nonlin.nn.Network;
import org.nonlin.nn.Output;

/**
 * A trained network as a {@link Classifier}. A one-unit logistic network, whose output is {@code p
 * = P(class 1)}, gives the two probabilities {@code (1 − p, p)}; a k-unit softmax network gives its
 * k outputs; a k-unit logistic network gives its k sigmoid outputs as they are (they need not sum
 * to 1). Features go into the network unchanged: pass them normalised as for training.
 *
 * <p>It holds its own copy of the network, so training the original further does not change it.
 */
public final class NetworkClassifier implements Classifier {

  private final Network network;
  private final int numClasses;
  private final boolean binaryLogistic;

  private NetworkClassifier(Network network) {
    Architecture arch = network.architecture();
    if (arch.output() == Output.IDENTITY) {
      throw new IllegalArgumentException(
          "network "
              + arch
              + " has an identity output and predicts numbers; a classifier needs a logistic or"
              + " softmax output");
    }
    this.network = network.copy();
    this.binaryLogistic = arch.output() == Output.LOGISTIC && arch.outputs() == 1;
    this.numClasses = binaryLogistic ? 2 : arch.outputs();
  }

  /**
   * A classifier over a copy of {@code network}.
   *
   * @throws IllegalArgumentException when the network has an identity (regression) output
   */
  public static NetworkClassifier of(Network network) {
    return new NetworkClassifier(network);
  }

  /** A copy of the network. */
  public Network network() {
    return network.copy();
  }

  @Override
  public int inputs() {
    return network.architecture().inputs();
  }

  @Override
  public int numClasses() {
    return numClasses;
  }

  /** The network's outputs {@code A_L}, expanded to {@code (1 − p, p)} for one logistic unit. */
  @Override
  public float[] probabilities(float[] x, int rows) {
    float[] a = network.predict(x, rows);
    if (!binaryLogistic) {
      return a;
    }
    float[] p = new float[2 * rows];
    for (int r = 0; r < rows; r++) {
      p[2 * r] = 1 - a[r];
      p[2 * r + 1] = a[r];
    }
    return p;
  }

  /**
   * The class of every row as the trainer counts it: {@code p >= 0.5} gives class 1 for one
   * logistic unit (so {@code p = 0.5} is class 1), otherwise the argmax with ties to the lowest
   * index.
   */
  @Override
  public int[] predict(float[] x, int rows) {
    if (!binaryLogistic) {
      return Classifier.super.predict(x, rows);
    }
    float[] a = network.predict(x, rows);
    int[] classes = new int[rows];
    for (int r = 0; r < rows; r++) {
      classes[r] = a[r] >= 0.5f ? 1 : 0;
    }
    return classes;
  }

  @Override
  public String toString() {
    return "NetworkClassifier[" + network.architecture() + "]";
  }
}
