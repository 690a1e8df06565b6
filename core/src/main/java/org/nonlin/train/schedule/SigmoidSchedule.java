package org.nonlin.train.schedule;

/**
 * A logistic curve centred on a step (Caffe's {@code sigmoid} policy):
 *
 * <pre>η(t) = lr / (1 + exp(−γ·(t − c)))</pre>
 *
 * <p>Text form {@code sigmoid(lr,gamma,center)}, e.g. {@code sigmoid(0.1,-0.001,5000)}. With γ < 0
 * the rate decays from nearly lr to 0, passing lr/2 at step c; with γ > 0 it rises from nearly 0 to
 * lr. Where exp overflows the rate is exactly 0.
 *
 * @param lr the rate the curve approaches on its high side, finite and {@code > 0}
 * @param gamma the steepness, finite and not 0 (negative decays, positive rises)
 * @param center the step c at which the rate is lr/2, {@code >= 0}
 */
public record SigmoidSchedule(double lr, double gamma, long center)
    implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public SigmoidSchedule {
    Params.positive("learning rate", lr);
    if (gamma == 0 || !Double.isFinite(gamma)) {
      throw Params.invalid(
          "gamma", Params.format(gamma), "must be finite and not 0 (< 0 decays, > 0 rises)");
    }
    Params.nonNegative("center", center);
  }

  @Override
  public double rate(long step) {
    return lr / (1 + Math.exp(-gamma * (step - center)));
  }

  @Override
  public String spec() {
    return Params.call("sigmoid", lr, gamma, center);
  }
}
