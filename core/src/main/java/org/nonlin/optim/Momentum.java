package org.nonlin.optim;

import java.util.List;
import org.nonlin.tensor.Matrix;

/**
 * Gradient descent with momentum (Polyak, 1964), classical or Nesterov.
 *
 * <p>Classical: {@code v = μ·v − η·dθ; θ = θ + v}. Nesterov, in the form of Sutskever et al. (2013)
 * rewritten for the current parameters: {@code v = μ·v + dθ; θ = θ − η·(dθ + μ·v)}. Velocities
 * start at zero.
 */
final class Momentum implements Optimizer {

  private final OptimizerSpec spec;
  private final List<Matrix> velocity;

  Momentum(OptimizerSpec spec, List<Matrix> velocity) {
    this.spec = spec;
    this.velocity = velocity;
  }

  @Override
  public void step(List<Matrix> params, List<Matrix> grads, double lr) {
    double mu = spec.momentum();
    boolean nesterov = spec.kind() == OptimizerSpec.Kind.NESTEROV;
    for (int i = 0; i < params.size(); i++) {
      Matrix v = velocity.get(i);
      Matrix g = grads.get(i);
      Matrix p = params.get(i);
      if (nesterov) {
        v.scale(mu);
        v.axpy(1.0, g);
        p.axpy(-lr, g);
        p.axpy(-lr * mu, v);
      } else {
        v.scale(mu);
        v.axpy(-lr, g);
        p.axpy(1.0, v);
      }
    }
  }

  @Override
  public Optimizer copy() {
    return new Momentum(spec, OptimizerSpec.copyAll(velocity));
  }

  @Override
  public OptimizerSpec spec() {
    return spec;
  }
}
