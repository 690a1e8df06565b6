package org.nonlin.imbalance;

import java.util.ArrayList;
import java.util.List;

/** Printing helpers for the samplers' compact text forms. */
final class SpecText {

  private SpecText() {}

  /** A number as short as it reads back: {@code 2} rather than {@code 2.0}. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** "1 sample", "2 samples": a count with its noun. */
  static String samples(int count) {
    return count + (count == 1 ? " sample" : " samples");
  }

  /** {@code name} alone, or {@code name(p1,p2,...)} when there are parameters. */
  static String call(String name, List<String> parameters) {
    return parameters.isEmpty() ? name : name + "(" + String.join(",", parameters) + ")";
  }

  /**
   * The form of a sampler whose only parameter is its target, written without a key and left out
   * when balanced: {@code under}, {@code under(2:1)}, {@code under(counts=500:300)}.
   */
  static String withTarget(String name, TargetRatio target) {
    return target.isBalanced() ? name : name + "(" + target.spec() + ")";
  }

  /**
   * The target as a keyed parameter for samplers that have others: nothing when balanced, else
   * {@code ratio=2:1} or {@code counts=500:300}.
   */
  static void addTarget(List<String> parameters, TargetRatio target) {
    if (target.isBalanced()) {
      return;
    }
    String spec = target.spec();
    parameters.add(spec.startsWith("counts=") ? spec : "ratio=" + spec);
  }

  /**
   * The form of a sampler with a neighbour count and a target: {@code name}, {@code name(k=3)},
   * {@code name(k=3,ratio=2:1)}, leaving out k at its default and a balanced target.
   */
  static String withNeighbours(String name, int k, int defaultK, TargetRatio target) {
    List<String> parameters = new ArrayList<>();
    if (k != defaultK) {
      parameters.add("k=" + k);
    }
    addTarget(parameters, target);
    return call(name, parameters);
  }
}
