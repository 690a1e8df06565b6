package org.nonlin.optim;

import java.util.List;
import org.nonlin.tensor.Matrix;

/**
 * A gradient-descent update rule with its state (velocities, moments). One optimiser serves one
 * network; {@link #copy} snapshots the state so that a caller can restore it.
 */
public interface Optimizer {

  /**
   * Updates every parameter from its gradient at learning rate {@code lr}; modifies {@code params}
   * and this optimiser's state, never {@code grads}.
   *
   * @param params live parameters W1, B1, W2, B2, ...
   * @param grads gradients in the same order and shapes
   */
  void step(List<Matrix> params, List<Matrix> grads, double lr);

  /** An independent optimiser with a copy of this one's state. */
  Optimizer copy();

  /** The specification this optimiser was made from. */
  OptimizerSpec spec();
}
