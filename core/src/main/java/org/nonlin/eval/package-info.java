/**
 * Evaluation of classifiers: confusion matrices, the figures derived from them, ROC and
 * precision-recall curves, errors of probability estimates, and reports in text, JSON and CSV.
 *
 * <p>Everything here is plain JDK code and reads predictions only; nothing trains or prints.
 *
 * <h2>Inputs</h2>
 *
 * Labels are class indices {@code 0..k-1}. Probabilities are float32 (double inputs are rounded to
 * float32 first), row-major with {@code n x w} values: {@code w = 1} for two classes (the single
 * column holds P(class 1), so class 1 is the positive class) and {@code w = k} for k > 2 classes.
 * Every probability must lie in [0, 1]; NaN is rejected with its row and column.
 *
 * <h2>Legend</h2>
 *
 * <ul>
 *   <li>n: number of samples; k: number of classes; c: a class index.
 *   <li>C[a][p]: confusion count of samples of actual class a predicted as class p (rows actual,
 *       columns predicted).
 *   <li>TP, FN, FP, TN: true positives, false negatives, false positives, true negatives of one
 *       class against the rest; P = TP + FN positives, N = FP + TN negatives.
 *   <li>t_c = sum_p C[c][p] (support, true count of class c); p_c = sum_a C[a][c] (predicted
 *       count).
 *   <li>y_ic: one-hot target (1 if sample i is of class c, else 0); p_ic: predicted probability.
 * </ul>
 *
 * <h2>Conventions</h2>
 *
 * <ul>
 *   <li>A ratio whose denominator is zero (the precision of a class never predicted, MCC of a
 *       constant prediction) is 0, scikit-learn's {@code zero_division=0} convention.
 *   <li>A figure that cannot be defined from the data (ROC AUC with one class absent, average
 *       precision without positives, relative errors against an error-free prior predictor) is an
 *       empty {@link java.util.OptionalDouble}, printed as "undefined", written as JSON {@code
 *       null} and as an empty CSV cell. It is never replaced by 0.5 or 0.
 * </ul>
 *
 * <p>Start with {@link org.nonlin.eval.EvaluationAccumulator}: add predictions batch by batch and
 * take a {@link org.nonlin.eval.ClassificationReport}.
 */
package org.nonlin.eval;
