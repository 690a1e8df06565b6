package org.nonlin.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Argument checks shared by the evaluation classes; every message names the value and the rule. */
final class Checks {

  private Checks() {}

  /** Checks a decision threshold: a number in [0, 1]. */
  static double threshold(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold " + threshold + " must be in [0, 1]");
    }
    return threshold;
  }

  /** Checks that a batch holds {@code width} probabilities per label and at least one label. */
  static void batchShape(int numLabels, int numProbs, int width) {
    if (numLabels == 0) {
      throw new IllegalArgumentException("no samples: labels and probabilities are empty");
    }
    if ((long) numLabels * width != numProbs) {
      throw new IllegalArgumentException(
          "probabilities of length "
              + numProbs
              + " must hold "
              + width
              + " column(s) for each of the "
              + numLabels
              + " labels, i.e. have length "
              + (long) numLabels * width);
    }
  }

  /** Checks that a label lies in [0, numClasses). */
  static void label(int label, int numClasses, int row) {
    if (label < 0 || label >= numClasses) {
      throw new IllegalArgumentException(
          "label "
              + label
              + " at row "
              + row
              + " must be a class index in [0, "
              + (numClasses - 1)
              + "]");
    }
  }

  /** Checks that a probability is a number in [0, 1]; NaN and infinities fail. */
  static void probability(float p, int row, int column) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(
          "probability " + p + " at row " + row + ", column " + column + " must be in [0, 1]");
    }
  }

  /** Checks class names: at least two, none null or blank, no two equal. */
  static List<String> classNames(List<String> classNames) {
    if (classNames.size() < 2) {
      throw new IllegalArgumentException(
          "class names " + classNames + " must name at least 2 classes");
    }
    Set<String> seen = new HashSet<>();
    for (String name : classNames) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("class names " + classNames + " contain a blank name");
      }
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "class names " + classNames + " name class '" + name + "' twice");
      }
    }
    return List.copyOf(classNames);
  }
}
