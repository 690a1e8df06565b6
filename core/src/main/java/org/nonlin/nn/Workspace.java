package org.nonlin.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.nonlin.tensor.Matrix;

/**
 * The buffers one forward and backward pass of a {@link Network} writes, sized once for a largest
 * batch and reused for every batch: per layer l, the scores {@code Z}, the activations {@code A},
 * the gradient {@code dZ} (which first holds {@code dA}), and the parameter gradients {@code dW},
 * {@code dB}. With inverted dropout on, it also holds each hidden layer's mask.
 *
 * <p>A workspace belongs to one network and one thread.
 */
public final class Workspace {

  final Matrix[] z;
  final Matrix[] a;
  final Matrix[] dz;
  final Matrix[] dw;
  final Matrix[] db;
  final Matrix[] dropped;
  final Matrix[] mask;
  private double keep = 1.0;
  private RandomGenerator random;

  Workspace(Network network, int capacity) {
    Architecture arch = network.architecture();
    int depth = arch.depth();
    z = new Matrix[depth];
    a = new Matrix[depth];
    dz = new Matrix[depth];
    dw = new Matrix[depth];
    db = new Matrix[depth];
    dropped = new Matrix[depth];
    mask = new Matrix[depth];
    for (int l = 0; l < depth; l++) {
      int out = arch.fanOut(l);
      z[l] = Matrix.zeros(network.precision(), capacity, out);
      a[l] = Matrix.zeros(network.precision(), capacity, out);
      dz[l] = Matrix.zeros(network.precision(), capacity, out);
      dw[l] = Matrix.zeros(network.precision(), arch.fanIn(l), out);
      db[l] = Matrix.zeros(network.precision(), 1, out);
    }
  }

  /** Largest batch this workspace holds. */
  public int capacity() {
    return z[0].capacityRows();
  }

  /**
   * Turns inverted dropout on for the hidden layers (Srivastava et al., 2014): each hidden
   * activation is kept with probability {@code keep} and then divided by {@code keep}, so that its
   * expected value is unchanged; {@code keep = 1} turns it off.
   */
  public void dropout(double keep, RandomGenerator random) {
    if (!(keep > 0 && keep <= 1)) {
      throw new IllegalArgumentException("dropout keep probability " + keep + " must be in (0, 1]");
    }
    this.keep = keep;
    this.random = random;
    for (int l = 0; l < z.length - 1 && keep < 1; l++) {
      if (mask[l] == null) {
        mask[l] = Matrix.zeros(z[l].precision(), capacity(), z[l].cols());
        dropped[l] = Matrix.zeros(z[l].precision(), capacity(), z[l].cols());
      }
    }
  }

  boolean dropoutOn() {
    return keep < 1;
  }

  /** Draws a fresh mask for hidden layer l and returns {@code A ⊙ mask} in its buffer. */
  Matrix drop(int l) {
    Matrix m = mask[l];
    m.useRows(a[l].rows());
    double scale = 1.0 / keep;
    for (int r = 0; r < m.rows(); r++) {
      for (int c = 0; c < m.cols(); c++) {
        m.set(r, c, random.nextDouble() < keep ? scale : 0.0);
      }
    }
    Matrix out = dropped[l];
    out.useRows(m.rows());
    out.copyFrom(a[l]);
    out.hadamard(m);
    return out;
  }

  /** The output layer's activations from the last forward pass. */
  public Matrix output() {
    return a[a.length - 1];
  }

  /** The output layer's scores Z from the last forward pass. */
  public Matrix outputScores() {
    return z[z.length - 1];
  }

  /** Activations of dense layer l (0-based) from the last forward pass, before dropout. */
  public Matrix activations(int l) {
    return a[l];
  }

  /** Scores Z of dense layer l (0-based) from the last forward pass. */
  public Matrix scores(int l) {
    return z[l];
  }

  /**
   * The gradients from the last backward pass, in the order of {@link Network#parameters()}: dW1,
   * dB1, dW2, dB2, ...; live buffers, overwritten by the next pass.
   */
  public List<Matrix> gradients() {
    List<Matrix> grads = new ArrayList<>(2 * dw.length);
    for (int l = 0; l < dw.length; l++) {
      grads.add(dw[l]);
      grads.add(db[l]);
    }
    return grads;
  }
}
