package org.nonlin.train.schedule;

import java.util.Locale;
import java.util.Objects;

/**
 * How the learning rate follows a change of batch size from B0 (the batch size the rate was tuned
 * for) to B, with an optional cap on the resulting rate:
 *
 * <pre>
 * none:    η' = min(cap, η)
 * linear:  η' = min(cap, η · B / B0)        Goyal et al., "Accurate, Large Minibatch SGD" (2017)
 * sqrt:    η' = min(cap, η · √(B / B0))     Krizhevsky, "One weird trick for parallelizing
 *                                           convolutional neural networks" (2014); Hoffer et al.,
 *                                           "Train longer, generalize better" (NeurIPS 2017)
 * </pre>
 *
 * <p>The chapter's advice in one record: scale the rate linearly with the batch size, less (√) once
 * the batch is large, and not at all past some point (the cap). Text form {@code rule[:cap=max]},
 * e.g. {@code linear}, {@code sqrt}, {@code none}, {@code linear:cap=1}; the cap prints in the
 * canonical number format of the schedules ({@link Schedules}).
 *
 * @param rule how the rate grows with the batch ratio B / B0
 * @param cap the largest rate allowed, {@code > 0}; {@link Double#POSITIVE_INFINITY} for no cap
 */
public record BatchScaling(Rule rule, double cap) {

  /** No scaling and no cap: the rate stays as given. */
  public static final BatchScaling NONE = new BatchScaling(Rule.NONE, Double.POSITIVE_INFINITY);

  private static final String CAP = ":cap=";
  private static final String FORMS = "expected none, linear or sqrt, optionally with :cap=<rate>";

  /** The factor by which a rule multiplies the rate for the batch ratio r = B / B0. */
  public enum Rule {
    /** Factor 1: the rate ignores the batch size. */
    NONE,
    /** Factor r (Goyal et al. 2017). */
    LINEAR,
    /** Factor √r (Krizhevsky 2014; Hoffer et al. 2017). */
    SQRT;

    /** The factor for the batch ratio {@code ratio} = B / B0 ({@code > 0}). */
    public double factor(double ratio) {
      return switch (this) {
        case NONE -> 1;
        case LINEAR -> ratio;
        case SQRT -> Math.sqrt(ratio);
      };
    }
  }

  /** Checks the parameters; throws IllegalArgumentException naming the first out of range. */
  public BatchScaling {
    Objects.requireNonNull(rule, "rule");
    if (!(cap > 0)) {
      throw Params.invalid("cap", Params.format(cap), "must be > 0 (Infinity for no cap)");
    }
  }

  /** An uncapped rule. */
  public BatchScaling(Rule rule) {
    this(rule, Double.POSITIVE_INFINITY);
  }

  /**
   * Parses the text form {@code none}, {@code linear} or {@code sqrt}, optionally followed by
   * {@code :cap=} and a number, e.g. {@code sqrt:cap=0.5}. Spaces around the text are ignored.
   *
   * @throws IllegalArgumentException naming the text, the problem and the accepted forms
   */
  public static BatchScaling parse(String text) {
    String trimmed = text.strip();
    int colon = trimmed.indexOf(':');
    String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
    Rule rule =
        switch (name) {
          case "none" -> Rule.NONE;
          case "linear" -> Rule.LINEAR;
          case "sqrt" -> Rule.SQRT;
          default -> throw failure("unknown batch-scaling rule '" + name + "'", text);
        };
    if (colon < 0) {
      return new BatchScaling(rule);
    }
    if (!trimmed.startsWith(CAP, colon)) {
      throw failure("unknown option '" + trimmed.substring(colon) + "'", text);
    }
    try {
      return new BatchScaling(
          rule, Params.parseNumber("cap", trimmed.substring(colon + CAP.length())));
    } catch (IllegalArgumentException e) {
      throw failure(e.getMessage(), text);
    }
  }

  private static IllegalArgumentException failure(String problem, String text) {
    return new IllegalArgumentException(problem + " in '" + text + "'; " + FORMS);
  }

  /** The canonical text form, e.g. {@code linear} or {@code linear:cap=1}. */
  public String spec() {
    String name = rule.name().toLowerCase(Locale.ROOT);
    return cap == Double.POSITIVE_INFINITY ? name : name + CAP + Params.format(cap);
  }

  /**
   * The rule's factor for a change of batch size, without the cap: 1, B/B0 or √(B/B0).
   *
   * @param baseBatch B0, the batch size the rate was chosen for, {@code >= 1}
   * @param batch B, the batch size in use, {@code >= 1}
   */
  public double factor(int baseBatch, int batch) {
    Params.positive("base batch size", baseBatch);
    Params.positive("batch size", batch);
    return rule.factor((double) batch / baseBatch);
  }

  /**
   * The rate for batch size B given the rate {@code lr} tuned for B0: {@code min(cap, lr ·
   * factor(B0, B))}. For example linear from 128 to 256 doubles the rate, sqrt from 64 to 256
   * doubles it.
   *
   * @param lr the rate tuned for {@code baseBatch}, finite and {@code > 0}
   */
  public double scale(double lr, int baseBatch, int batch) {
    Params.positive("learning rate", lr);
    return Math.min(cap, lr * factor(baseBatch, batch));
  }

  /**
   * The schedule whose every rate is scaled as {@link #scale} scales one rate: {@code
   * cap(c,scale(f,schedule))}, leaving out the factor when it is 1 and the cap when there is none.
   * The unit of {@code schedule} is kept. The trainer should log the rates of the returned
   * schedule: they are the ones it uses.
   *
   * @param schedule the schedule tuned for {@code baseBatch}
   */
  public LearningRateSchedule apply(LearningRateSchedule schedule, int baseBatch, int batch) {
    double factor = factor(baseBatch, batch);
    LearningRateSchedule scaled = factor == 1 ? schedule : schedule.scaled(factor);
    return cap == Double.POSITIVE_INFINITY ? scaled : scaled.capped(cap);
  }

  @Override
  public String toString() {
    return spec();
  }
}
