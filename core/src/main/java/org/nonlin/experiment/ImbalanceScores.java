package org.nonlin.experiment;

import java.util.Arrays;
import org.nonlin.data.Dataset;
import org.nonlin.ensemble.Classifier;
import org.nonlin.eval.BinaryMetrics;
import org.nonlin.eval.ClassificationReport;
import org.nonlin.eval.ConfusionMatrix;
import org.nonlin.eval.EvaluationOptions;
import org.nonlin.eval.RocCurve;

/**
 * A classifier's figures on one labelled set, those that see every class of an imbalanced problem.
 *
 * <p>Decisions are the classifier's own ({@link Classifier#predict}, e.g. boosting's L3 on
 * three-way ties); ranking figures and the log loss use its probabilities (vote shares for a hard
 * vote). With recall_c = TP_c / n_c the recall of class c among k classes:
 *
 * <ul>
 *   <li>balanced accuracy = (1/k) Σ_c recall_c;
 *   <li>G-mean = (Π_c recall_c)^(1/k), for two classes √(TPR · TNR), 0 as soon as one class is
 *       never found;
 *   <li>F1: two classes, the minority class's 2 TP / (2 TP + FN + FP); more, the macro mean of the
 *       per-class F1;
 *   <li>AUC: two classes, the ROC AUC of P(class 1) (the same for either class as positive); more,
 *       the mean one-vs-rest AUC (NaN when a class is absent from the set).
 * </ul>
 *
 * @param accuracy share of rows predicted right
 * @param balancedAccuracy mean recall over the classes
 * @param recalls recall of each class, in class order; copied in and out
 * @param minorityRecall recall of the minority class
 * @param f1 as above
 * @param gMean as above
 * @param auc as above
 * @param logLoss mean −ln max(p_true, 1e-15) of the probabilities
 * @param roc the minority class against the rest, thinned
 */
public record ImbalanceScores(
    double accuracy,
    double balancedAccuracy,
    double[] recalls,
    double minorityRecall,
    double f1,
    double gMean,
    double auc,
    double logLoss,
    ImbalanceRoc roc) {

  /** Copies the recalls. */
  public ImbalanceScores {
    recalls = recalls.clone();
  }

  /**
   * Scores {@code classifier} on {@code data}.
   *
   * @param data labelled rows with every class present, features as the classifier learned them
   * @param minority the class whose recall, F1 (two classes) and ROC curve are reported
   * @throws IllegalArgumentException when a class is absent or a probability is NaN
   */
  public static ImbalanceScores of(Classifier classifier, Dataset data, int minority) {
    float[] x = data.featureArray();
    int k = classifier.numClasses();
    int[] labels = data.labels();
    ConfusionMatrix confusion =
        ConfusionMatrix.of(data.classNames(), labels, classifier.predict(x, data.rows()));
    float[] p = classifier.probabilities(x, data.rows());
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.of(data.classNames()), labels, evaluated(p, k));

    double[] recalls = new double[k];
    double f1Sum = 0;
    double logRecallSum = 0;
    for (int c = 0; c < k; c++) {
      BinaryMetrics m = confusion.oneVsRest(c);
      recalls[c] = m.recall();
      f1Sum += m.f1();
      logRecallSum += Math.log(m.recall());
    }
    double f1 = k == 2 ? confusion.oneVsRest(minority).f1() : f1Sum / k;
    double auc = (k == 2 ? report.auc() : report.macroAuc()).orElse(Double.NaN);
    return new ImbalanceScores(
        confusion.accuracy(),
        Arrays.stream(recalls).average().orElseThrow(),
        recalls,
        recalls[minority],
        f1,
        Math.exp(logRecallSum / k),
        auc,
        report.logLoss(),
        ImbalanceRoc.of(RocCurve.exact(oneVsRest(labels, minority), column(p, k, minority))));
  }

  /**
   * The share of {@code data}'s rows that {@code classifier} predicts right.
   *
   * @throws IllegalArgumentException when the classifier does not read the data's features
   */
  public static double accuracy(Classifier classifier, Dataset data) {
    int[] predicted = classifier.predict(data.featureArray(), data.rows());
    return ConfusionMatrix.of(data.classNames(), data.labels(), predicted).accuracy();
  }

  /** The evaluator's layout: P(class 1) alone for two classes, every column otherwise. */
  private static float[] evaluated(float[] p, int k) {
    return k == 2 ? column(p, 2, 1) : p;
  }

  private static float[] column(float[] p, int k, int c) {
    float[] out = new float[p.length / k];
    for (int r = 0; r < out.length; r++) {
      out[r] = p[r * k + c];
    }
    return out;
  }

  private static int[] oneVsRest(int[] labels, int positive) {
    int[] out = new int[labels.length];
    for (int r = 0; r < labels.length; r++) {
      out[r] = labels[r] == positive ? 1 : 0;
    }
    return out;
  }

  @Override
  public double[] recalls() {
    return recalls.clone();
  }
}
