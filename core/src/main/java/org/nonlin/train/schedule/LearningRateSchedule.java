package org.nonlin.train.schedule;

/**
 * The learning rate η as a function of the step t = 0, 1, 2, ..., where a step is an iteration or
 * an epoch as {@link #unit()} says.
 *
 * <p>Implementations are pure functions of t: immutable, stateless and safe to share between
 * threads. Their parameters are checked when they are built, so {@link #rate(long)} never throws
 * and returns a finite rate {@code >= 0} for every {@code t >= 0}, except where a growing schedule
 * ({@code gamma > 1}) overflows to +∞ after very many steps. Negative steps are a caller error and
 * are not checked.
 *
 * <p>Every schedule has a compact text form, {@link #spec()}, that {@link Schedules#parse(String)}
 * reads back to an equal schedule; the grammar is in {@link Schedules}.
 */
public interface LearningRateSchedule {

  /**
   * The learning rate at step {@code step}.
   *
   * @param step iteration or epoch index (see {@link #unit()}), {@code >= 0}
   */
  double rate(long step);

  /** The canonical text form, e.g. {@code step(0.1,0.9,50)}; see {@link Schedules}. */
  String spec();

  /**
   * What the step of {@link #rate(long)} counts. {@link ScheduleUnit#ITERATION} unless the schedule
   * was wrapped by {@link PerEpoch} (text suffix {@code @epoch}).
   */
  default ScheduleUnit unit() {
    return ScheduleUnit.ITERATION;
  }

  /**
   * True when the trainer should log the rate at {@code step}: at step 0, and wherever {@code
   * rate(step)} differs from {@code rate(step - 1)}. Discrete schedules (fixed, step, multistep)
   * change only at their boundaries; continuous ones change at nearly every step, so a trainer that
   * logs every change should log those at DEBUG level. Costs two calls to {@link #rate}.
   *
   * @param step iteration or epoch index, {@code >= 0}
   */
  default boolean changesAt(long step) {
    return step == 0 || rate(step) != rate(step - 1);
  }

  /**
   * This schedule with every rate multiplied by {@code factor}: {@code factor * rate(t)}.
   *
   * @param factor finite and {@code > 0}
   * @see Scaled
   */
  default LearningRateSchedule scaled(double factor) {
    return new Scaled(factor, this);
  }

  /**
   * This schedule with every rate limited to {@code max}: {@code min(max, rate(t))}.
   *
   * @param max finite and {@code > 0}
   * @see Capped
   */
  default LearningRateSchedule capped(double max) {
    return new Capped(max, this);
  }
}
