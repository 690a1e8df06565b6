package org.nonlin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of one class against the rest: precision, recall and F1 from {@link
 * ConfusionMatrix#oneVsRest}, its support t_c, and its one-vs-rest ROC AUC (empty when the class is
 * absent from, or the only class of, the evaluated data).
 *
 * @param name the class name
 * @param precision TP / (TP + FP)
 * @param recall TP / (TP + FN)
 * @param f1 2 TP / (2 TP + FN + FP)
 * @param support t_c, the number of samples of this class
 * @param auc one-vs-rest ROC AUC, or empty when undefined
 */
public record ClassMetrics(
    String name, double precision, double recall, double f1, long support, OptionalDouble auc) {

  /** Checks that the name and AUC are given and the support is not negative. */
  public ClassMetrics {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(auc, "auc");
    if (support < 0) {
      throw new IllegalArgumentException("support " + support + " must be >= 0");
    }
  }

  /** The figures of every class of a matrix, with the given one-vs-rest AUC per class. */
  static List<ClassMetrics> all(ConfusionMatrix confusion, OptionalDouble[] aucs) {
    List<ClassMetrics> perClass = new ArrayList<>(confusion.numClasses());
    for (int c = 0; c < confusion.numClasses(); c++) {
      BinaryMetrics m = confusion.oneVsRest(c);
      perClass.add(
          new ClassMetrics(
              confusion.classNames().get(c),
              m.precision(),
              m.recall(),
              m.f1(),
              m.positives(),
              aucs[c]));
    }
    return List.copyOf(perClass);
  }
}
