package org.nonlin.gradcheck;

import java.util.List;
import java.util.Map;

/**
 * The result of a {@link GradientCheck}: the overall distance and verdict, one {@link GroupResult}
 * per W and B, and the single parameters with the largest {@code |real − approx|}, so that a user
 * sees which layer's gradient is wrong.
 *
 * @param architecture the checked network's architecture in its compact form
 * @param step the finite-difference step h
 * @param l2 the L2 coefficient λ included in J and in backprop's gradient; 0 for none
 * @param samples the number of samples m of the check data
 * @param trainingSteps gradient-descent steps taken on the check data before checking
 * @param dropoutOff always true: the check runs with keep probability 1, as the chapter requires,
 *     whatever the network was trained with
 * @param smooth true when every activation is smooth; decides the 1e-7..1e-4 band of {@link
 *     Verdict}
 * @param diff {@code ‖dθ_real − dθ_approx‖₂ / (‖dθ_approx‖₂ + ‖dθ_real‖₂)} over every checked
 *     parameter of every group; 0 when both norms are 0
 * @param verdict {@link Verdict#of} of {@code diff}
 * @param groups one result per parameter group, in the order W1, B1, W2, B2, ...; copied
 * @param worst the checked parameters with the largest {@code |real − approx|}, largest first;
 *     copied
 */
public record GradientCheckReport(
    String architecture,
    double step,
    double l2,
    int samples,
    int trainingSteps,
    boolean dropoutOff,
    boolean smooth,
    double diff,
    Verdict verdict,
    List<GroupResult> groups,
    List<ParameterResult> worst) {

  /** Copies the lists and checks that there is at least one group. */
  public GradientCheckReport {
    groups = List.copyOf(groups);
    worst = List.copyOf(worst);
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("a gradient check report needs at least 1 group");
    }
  }

  /** Number of parameters checked, summed over the groups. */
  public long checkedParameters() {
    long n = 0;
    for (GroupResult g : groups) {
      n += g.checked();
    }
    return n;
  }

  /** Number of parameters of the network, summed over the groups. */
  public long totalParameters() {
    long n = 0;
    for (GroupResult g : groups) {
      n += g.total();
    }
    return n;
  }

  /** The group named {@code name} (e.g. {@code W2}). */
  public GroupResult group(String name) {
    for (GroupResult g : groups) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    List<String> names = groups.stream().map(GroupResult::name).toList();
    throw new IllegalArgumentException("parameter group '" + name + "' is not one of " + names);
  }

  /** {@link Verdict#passes} of the overall verdict. */
  public boolean passed(boolean allowAcceptable) {
    return verdict.passes(allowAcceptable);
  }

  /**
   * A plain-text table: the settings, one line per group, the worst parameters, and last the two
   * lines {@code diff = <value>} and {@code verdict = <label>}; values in {@code %.3e} form.
   */
  public String toTable() {
    return ReportText.table(this);
  }

  /**
   * The report as nested maps, lists, strings, numbers and booleans, ready for a JSON writer; keys
   * in snake_case: {@code architecture, diff, verdict, h, l2, samples, training_steps, dropout_off,
   * smooth, checked, total, groups} (each {@code name, rows, cols, diff, verdict, checked, total})
   * and {@code worst} (each {@code group, index, row, col, real, approx, absolute_error,
   * relative_error}). NaN and infinite numbers become null, which JSON can hold.
   */
  public Map<String, Object> toMap() {
    return ReportText.map(this);
  }

  @Override
  public String toString() {
    return "GradientCheckReport[" + architecture + ", diff " + diff + ", " + verdict.label() + "]";
  }
}
