package org.nonlin.experiment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One (data set, remedy) line of the imbalance study.
 *
 * @param dataset the data set's name
 * @param remedy the remedy
 * @param classNames the data set's classes, in index order
 * @param minorityClass index of the smallest training class
 * @param hidden width of the first hidden layer of every network
 * @param epochs epochs of each network (each member, for an ensemble)
 * @param trainRows rows one network learned per epoch
 * @param trainAccuracy accuracy on the original, imbalanced training part
 * @param test the figures on the test part
 * @param seconds wall time of resampling, training and scoring
 */
public record ImbalanceRow(
    String dataset,
    ImbalanceRemedy remedy,
    List<String> classNames,
    int minorityClass,
    int hidden,
    int epochs,
    int trainRows,
    double trainAccuracy,
    ImbalanceScores test,
    double seconds) {

  /** Copies the class names. */
  public ImbalanceRow {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(remedy, "remedy");
    Objects.requireNonNull(test, "test");
    classNames = List.copyOf(classNames);
  }

  /** {@code dataset/remedy}, e.g. {@code adult/smote}. */
  public String label() {
    return dataset + "/" + remedy.label();
  }

  /**
   * The row of the experiment table: the pinned keys (never converged, since no run has a stop
   * loss; the test loss is the log loss) and the extra keys {@code dataset, remedy, minority_class,
   * train_rows, balanced_accuracy, minority_recall, recall_per_class} (class name to recall),
   * {@code f1, g_mean, auc} (null when undefined).
   */
  public ExperimentRow toExperimentRow() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("dataset", dataset);
    extra.put("remedy", remedy.label());
    extra.put("minority_class", classNames.get(minorityClass));
    extra.put("train_rows", trainRows);
    extra.put("balanced_accuracy", test.balancedAccuracy());
    extra.put("minority_recall", test.minorityRecall());
    Map<String, Object> recalls = new LinkedHashMap<>();
    double[] perClass = test.recalls();
    for (int c = 0; c < perClass.length; c++) {
      recalls.put(classNames.get(c), perClass[c]);
    }
    extra.put("recall_per_class", recalls);
    extra.put("f1", test.f1());
    extra.put("g_mean", test.gMean());
    extra.put("auc", Double.isNaN(test.auc()) ? null : test.auc());
    return new ExperimentRow(
        label(),
        hidden,
        epochs,
        false,
        trainAccuracy,
        test.accuracy(),
        test.logLoss(),
        seconds,
        extra);
  }
}
