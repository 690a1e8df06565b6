package org.nonlin.nn;

import org.nonlin.tensor.Matrix;

/**
 * An element-wise hidden-layer activation {@code A = f(Z)} and its derivative. Implementations are
 * immutable; the built-in ones live in {@link Activations}.
 */
public interface Activation {

  /**
   * The canonical name used in architecture specs, e.g. {@code sigmoid} or {@code leakyrelu(0.2)}.
   */
  String name();

  /** {@code f(z)}. */
  double value(double z);

  /**
   * {@code f'(z)}, given both {@code z} and {@code a = f(z)}; the chapter writes sigmoid's as
   * {@code a(1 − a)} and tanh's as {@code 1 − a²}.
   */
  double derivative(double z, double a);

  /** {@code a = f(z)} element by element; modifies {@code a} only. */
  default void forward(Matrix z, Matrix a) {
    z.map(this::value, a);
  }

  /** {@code dA = dA ⊙ f'(Z)}: turns the upstream gradient into dZ in place; modifies {@code dA}. */
  default void backward(Matrix z, Matrix a, Matrix dA) {
    dA.multiplyByDerivative(z, a, this::derivative);
  }
}
