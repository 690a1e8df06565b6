package org.nonlin.tune;

/**
 * An exponential moving average with bias correction, as Adam corrects its moments (Kingma and Ba,
 * 2015): after the t-th value ℓ_t, {@code v_t = β·v_{t−1} + (1 − β)·ℓ_t} with {@code v_0 = 0}, and
 * the smoothed value is {@code v_t / (1 − β^t)}, so that the first value comes out unchanged
 * instead of shrunk towards 0. β = 0 turns smoothing off. Mutable; one per curve.
 */
final class LossSmoother {

  private final double beta;
  private double average;
  private double betaPower = 1;

  /**
   * @param beta the decay β in [0, 1), checked by the caller's configuration
   */
  LossSmoother(double beta) {
    this.beta = beta;
  }

  /** Adds {@code loss} and returns the smoothed value; a NaN or infinite loss poisons the rest. */
  double add(double loss) {
    average = beta * average + (1 - beta) * loss;
    betaPower *= beta;
    return average / (1 - betaPower);
  }
}
