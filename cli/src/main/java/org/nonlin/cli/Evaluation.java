package org.nonlin.cli;

import org.nonlin.eval.ClassificationReport;
import org.nonlin.eval.EvaluationOptions;

/**
 * What evaluate judged: the options, the true labels and the probabilities, with the report made
 * from them.
 *
 * @param options class names, threshold, ROC method, priors
 * @param labels true class of each sample
 * @param probabilities row-major probabilities, one column for two classes
 * @param report the report
 */
record Evaluation(
    EvaluationOptions options, int[] labels, float[] probabilities, ClassificationReport report) {

  static Evaluation of(EvaluationOptions options, int[] labels, float[] probabilities) {
    return new Evaluation(
        options, labels, probabilities, ClassificationReport.of(options, labels, probabilities));
  }
}
