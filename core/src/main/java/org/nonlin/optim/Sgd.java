package org.nonlin.optim;

import java.util.List;
import org.nonlin.tensor.Matrix;

/** Plain stochastic gradient descent, the chapter's rule: {@code θ = θ − η·dθ}. Stateless. */
final class Sgd implements Optimizer {

  @Override
  public void step(List<Matrix> params, List<Matrix> grads, double lr) {
    for (int i = 0; i < params.size(); i++) {
      params.get(i).axpy(-lr, grads.get(i));
    }
  }

  @Override
  public Optimizer copy() {
    return this;
  }

  @Override
  public OptimizerSpec spec() {
    return OptimizerSpec.sgd();
  }
}
