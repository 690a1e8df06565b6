package org.nonlin.train.schedule;

import java.util.List;

/**
 * A learning rate multiplied by γ at each of a list of milestones (Caffe's {@code multistep}
 * policy):
 *
 * <pre>η(t) = lr · γ^k,  k = number of milestones m with m <= t</pre>
 *
 * <p>Text form {@code multistep(lr,gamma,m1,m2,...)}, e.g. {@code
 * multistep(0.1,0.1,3000,5500,8000)}: 0.1 until step 2999, 0.01 from 3000, 0.001 from 5500 and
 * 0.0001 from 8000.
 *
 * @param lr the rate before the first milestone, finite and {@code > 0}
 * @param gamma the factor applied at each milestone, finite and {@code > 0}
 * @param milestones the steps at which the rate changes, at least one, each {@code >= 1}, strictly
 *     increasing; copied
 */
public record MultiStepDecay(double lr, double gamma, List<Long> milestones)
    implements LearningRateSchedule {

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public MultiStepDecay {
    Params.positive("learning rate", lr);
    Params.positive("gamma", gamma);
    milestones = List.copyOf(milestones);
    if (milestones.isEmpty()) {
      throw new IllegalArgumentException("milestones [] must hold at least one step");
    }
    long previous = 0;
    for (long milestone : milestones) {
      if (milestone <= previous) {
        throw Params.invalid(
            "milestone",
            Long.toString(milestone),
            "must be >= 1 and greater than the milestone before it; got " + milestones);
      }
      previous = milestone;
    }
  }

  @Override
  public double rate(long step) {
    int passed = 0;
    for (long milestone : milestones) {
      if (milestone > step) {
        break;
      }
      passed++;
    }
    return lr * Math.pow(gamma, passed);
  }

  @Override
  public String spec() {
    return Params.call("multistep", lr, gamma, milestones);
  }
}
