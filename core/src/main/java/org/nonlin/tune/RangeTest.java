package org.nonlin.tune;

import java.util.ArrayList;
import java.util.List;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Network;
import org.nonlin.optim.Optimizer;
import org.nonlin.train.Monitor;
import org.nonlin.train.Targets;

/**
 * The learning-rate range test of Leslie N. Smith ("Cyclical Learning Rates for Training Neural
 * Networks", 2015), as the chapter describes it: start from a tiny rate, take one mini-batch step
 * after another while the rate rises along a {@link RateSweep}, and record the loss at each rate.
 * The curve falls while the rate is useful and shoots up once it is too high; {@link Suggestions}
 * reads rates off it.
 *
 * <p>The test stops at the sweep's last step ({@link RangeStop#END_REACHED}), when the recorded
 * (smoothed) loss exceeds {@link RangeTestConfig#divergenceFactor} times the lowest one so far
 * ({@link RangeStop#DIVERGED}, that point included), or when a loss is NaN or infinite ({@link
 * RangeStop#NON_FINITE}, that point left out).
 *
 * <p>The test trains copies: the network and the optimiser passed in are never modified, so the
 * caller's state after the test is bit-identical to the state before it. The same seed, data,
 * network and configuration give the same curve.
 */
public final class RangeTest {

  private RangeTest() {}

  /**
   * Runs the test with a fresh optimiser made from {@link RangeTestConfig#optimizer}.
   *
   * @param network the starting point; not modified
   * @param train the training rows the steps are taken on
   * @param validation the rows the validation loss is measured on; needed only for {@link
   *     LossSource#VALIDATION}, may be null otherwise
   * @throws IllegalArgumentException when the data do not fit the network, or no validation set is
   *     given for a validation curve
   */
  public static RangeTestResult run(
      Network network, Dataset train, Dataset validation, RangeTestConfig config) {
    return run(network, config.optimizer().create(network.parameters()), train, validation, config);
  }

  /**
   * Runs the test continuing from an optimiser's state (momentum, Adam moments), for a test in the
   * middle of training; {@link RangeTestConfig#optimizer} is then not used.
   *
   * @param optimizer an optimiser for {@code network}'s parameters; not modified (a copy steps)
   * @see #run(Network, Dataset, Dataset, RangeTestConfig)
   */
  public static RangeTestResult run(
      Network network,
      Optimizer optimizer,
      Dataset train,
      Dataset validation,
      RangeTestConfig config) {
    Targets.requireCompatible(network.architecture(), train);
    if (config.source() == LossSource.VALIDATION) {
      if (validation == null) {
        throw new IllegalArgumentException(
            "loss source validation needs a validation set, got none; use training instead");
      }
      Targets.requireCompatible(network.architecture(), validation);
    }
    Network trial = network.copy();
    BatchStepper stepper =
        new BatchStepper(
            trial, optimizer.copy(), train, config.batchSize(), config.l2(), config.seed());
    Monitor monitor = config.source() == LossSource.VALIDATION ? new Monitor(trial) : null;
    return new Curve(config).record(stepper, monitor, validation);
  }

  /** The points recorded so far and the stop rule; one per test. */
  private static final class Curve {
    private final RangeTestConfig config;
    private final LossSmoother smoother;
    private final List<RangePoint> points = new ArrayList<>();
    private double best = Double.POSITIVE_INFINITY;

    Curve(RangeTestConfig config) {
      this.config = config;
      this.smoother = new LossSmoother(config.smoothing());
    }

    RangeTestResult record(BatchStepper stepper, Monitor monitor, Dataset validation) {
      RateSweep sweep = config.sweep();
      RangeStop stop = null;
      for (int t = 0; t < sweep.steps() && stop == null; t++) {
        double rate = sweep.rate(t);
        double batchLoss = stepper.step(rate);
        if (!Double.isFinite(batchLoss)) {
          stop = RangeStop.NON_FINITE;
        } else if (monitor == null) {
          stop = add(new RangePoint(t, rate, batchLoss, smoother.add(batchLoss)));
        } else if ((t + 1) % sweep.hold() == 0 || t == sweep.steps() - 1) {
          double loss = monitor.measure(validation).loss();
          stop = add(new RangePoint(t + 1, rate, loss, loss));
        }
      }
      return new RangeTestResult(
          sweep,
          config.source(),
          points,
          Suggestions.of(points, config.skipStart()),
          config.rule(),
          stop == null ? RangeStop.END_REACHED : stop);
    }

    /** Records {@code p} unless its loss is not finite; returns why to stop, or null to go on. */
    private RangeStop add(RangePoint p) {
      if (!Double.isFinite(p.loss())) {
        return RangeStop.NON_FINITE;
      }
      points.add(p);
      if (p.smoothedLoss() > config.divergenceFactor() * best) {
        return RangeStop.DIVERGED;
      }
      best = Math.min(best, p.smoothedLoss());
      return null;
    }
  }
}
