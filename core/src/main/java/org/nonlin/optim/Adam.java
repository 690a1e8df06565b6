package org.nonlin.optim;

import java.util.List;
import org.nonlin.tensor.Matrix;

/**
 * Adam (Kingma and Ba, "Adam: A Method for Stochastic Optimization", 2015): per-parameter steps
 * from bias-corrected first and second moment estimates; see {@link Matrix#adamStep}.
 */
final class Adam implements Optimizer {

  private final OptimizerSpec spec;
  private final List<Matrix> m;
  private final List<Matrix> v;
  private long t;

  Adam(OptimizerSpec spec, List<Matrix> m, List<Matrix> v, long t) {
    this.spec = spec;
    this.m = m;
    this.v = v;
    this.t = t;
  }

  @Override
  public void step(List<Matrix> params, List<Matrix> grads, double lr) {
    t++;
    double c1 = 1 - Math.pow(spec.beta1(), t);
    double c2 = 1 - Math.pow(spec.beta2(), t);
    for (int i = 0; i < params.size(); i++) {
      params
          .get(i)
          .adamStep(
              grads.get(i),
              m.get(i),
              v.get(i),
              lr,
              spec.beta1(),
              spec.beta2(),
              spec.epsilon(),
              c1,
              c2);
    }
  }

  @Override
  public Optimizer copy() {
    return new Adam(spec, OptimizerSpec.copyAll(m), OptimizerSpec.copyAll(v), t);
  }

  @Override
  public OptimizerSpec spec() {
    return spec;
  }
}
