package org.nonlin.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Every figure of one evaluation, an immutable snapshot taken by {@link
 * EvaluationAccumulator#report()}; render it with {@link #toText()}, {@link #toJson()} or {@link
 * #toCsv()}.
 *
 * <p>Undefined figures are empty {@link OptionalDouble}s, printed "undefined", JSON {@code null},
 * an empty CSV cell. The binary figures ({@link #binary()}, {@link #auc()}, {@link
 * #averagePrecision()}) take class 1 as positive and exist only for two classes.
 *
 * @param options the options the predictions were evaluated with
 * @param confusion the confusion matrix at the decision rule of the options
 * @param perClass one entry per class, in class-index order; for two classes both AUC entries hold
 *     the AUC of P(class 1)
 * @param logLoss -(1/n) sum_i ln max(p_i,y_i, {@link EvaluationAccumulator#LOG_LOSS_EPSILON})
 * @param errors MAE, RMSE, RAE and RRSE of the probability vectors
 * @param auc two classes: ROC AUC of P(class 1), empty if a class is absent; more: empty
 * @param averagePrecision two classes: {@link PrecisionRecallCurve} AP of class 1, empty without
 *     positives; more: empty
 * @param macroAuc mean one-vs-rest AUC, empty if a class's AUC is undefined
 * @param weightedAuc support-weighted one-vs-rest AUC, empty if only one class is present
 * @param handTillAuc Hand and Till's M, empty if a class has no samples
 */
public record ClassificationReport(
    EvaluationOptions options,
    ConfusionMatrix confusion,
    List<ClassMetrics> perClass,
    double logLoss,
    ProbabilityErrors errors,
    OptionalDouble auc,
    OptionalDouble averagePrecision,
    OptionalDouble macroAuc,
    OptionalDouble weightedAuc,
    OptionalDouble handTillAuc) {

  /** Checks that the parts agree and copies the per-class list. */
  public ClassificationReport {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(confusion, "confusion");
    Objects.requireNonNull(errors, "errors");
    if (!confusion.classNames().equals(options.classNames())) {
      throw new IllegalArgumentException(
          "confusion classes "
              + confusion.classNames()
              + " differ from option classes "
              + options.classNames());
    }
    if (perClass.size() != confusion.numClasses()) {
      throw new IllegalArgumentException(
          perClass.size() + " per-class entries for " + confusion.numClasses() + " classes");
    }
    perClass = List.copyOf(perClass);
    for (OptionalDouble figure :
        List.of(auc, averagePrecision, macroAuc, weightedAuc, handTillAuc)) {
      Objects.requireNonNull(figure, "AUC figures must be given, empty when undefined");
    }
  }

  /**
   * Evaluates one batch at once: {@code new EvaluationAccumulator(options)}, one {@code add}, one
   * {@code report()}. Arguments and errors as for {@link EvaluationAccumulator#add(int[],
   * float[])}; empty input is rejected.
   */
  public static ClassificationReport of(EvaluationOptions options, int[] labels, float[] probs) {
    Checks.batchShape(labels.length, probs.length, options.width());
    EvaluationAccumulator accumulator = new EvaluationAccumulator(options);
    accumulator.add(labels, probs);
    return accumulator.report();
  }

  /** Class names, one per class index. */
  public List<String> classNames() {
    return confusion.classNames();
  }

  /** Number of classes k. */
  public int numClasses() {
    return confusion.numClasses();
  }

  /** Number of samples n. */
  public long numSamples() {
    return confusion.total();
  }

  /**
   * The per-class figures of a named class.
   *
   * @throws IllegalArgumentException naming the unknown name and the known ones
   */
  public ClassMetrics classMetrics(String name) {
    return perClass.get(confusion.classIndex(name));
  }

  /** Two classes: the binary figures with class 1 positive; more classes: empty. */
  public Optional<BinaryMetrics> binary() {
    return numClasses() == 2 ? Optional.of(confusion.oneVsRest(1)) : Optional.empty();
  }

  /** Fraction of samples predicted correctly. */
  public double accuracy() {
    return confusion.accuracy();
  }

  /** Balanced accuracy, the macro mean recall; for two classes (TPR + TNR) / 2. */
  public double balancedAccuracy() {
    return macro().recall();
  }

  /** Cohen's kappa of the confusion matrix. */
  public double kappa() {
    return confusion.kappa();
  }

  /** Matthews' (two classes) or Gorodkin's (more) correlation coefficient. */
  public double mcc() {
    return confusion.mcc();
  }

  /** Per-class precision, recall and F1 averaged with equal class weights. */
  public AveragedMetrics macro() {
    return AveragedMetrics.macro(perClass);
  }

  /** Precision, recall and F1 of the pooled counts; each equals the accuracy. */
  public AveragedMetrics micro() {
    return AveragedMetrics.micro(confusion);
  }

  /** Per-class precision, recall and F1 weighted by support. */
  public AveragedMetrics weighted() {
    return AveragedMetrics.weighted(perClass);
  }

  /**
   * The overall figures by their report key, in report order: the pinned keys {@code accuracy,
   * precision, recall, f1, fpr, specificity, balanced_accuracy, mcc, kappa, g_mean, log_loss, auc,
   * average_precision}, then {@code macro_, micro_, weighted_} precision, recall and F1, {@code
   * macro_auc, weighted_auc, hand_till_auc}, and {@code mae, rmse, rae, rrse}. The binary keys
   * (precision to specificity, g_mean, auc, average_precision) appear only for two classes.
   */
  public Map<String, OptionalDouble> overall() {
    Map<String, OptionalDouble> figures = new LinkedHashMap<>();
    Optional<BinaryMetrics> b = binary();
    figures.put("accuracy", OptionalDouble.of(accuracy()));
    b.ifPresent(
        m -> {
          figures.put("precision", OptionalDouble.of(m.precision()));
          figures.put("recall", OptionalDouble.of(m.recall()));
          figures.put("f1", OptionalDouble.of(m.f1()));
          figures.put("fpr", OptionalDouble.of(m.falsePositiveRate()));
          figures.put("specificity", OptionalDouble.of(m.specificity()));
        });
    figures.put("balanced_accuracy", OptionalDouble.of(balancedAccuracy()));
    figures.put("mcc", OptionalDouble.of(mcc()));
    figures.put("kappa", OptionalDouble.of(kappa()));
    b.ifPresent(m -> figures.put("g_mean", OptionalDouble.of(m.gMean())));
    figures.put("log_loss", OptionalDouble.of(logLoss));
    if (b.isPresent()) {
      figures.put("auc", auc);
      figures.put("average_precision", averagePrecision);
    }
    putAverages(figures, "macro_", macro());
    putAverages(figures, "micro_", micro());
    putAverages(figures, "weighted_", weighted());
    figures.put("macro_auc", macroAuc);
    figures.put("weighted_auc", weightedAuc);
    figures.put("hand_till_auc", handTillAuc);
    figures.put("mae", OptionalDouble.of(errors.mae()));
    figures.put("rmse", OptionalDouble.of(errors.rmse()));
    figures.put("rae", errors.rae());
    figures.put("rrse", errors.rrse());
    return figures;
  }

  private static void putAverages(
      Map<String, OptionalDouble> figures, String prefix, AveragedMetrics averages) {
    figures.put(prefix + "precision", OptionalDouble.of(averages.precision()));
    figures.put(prefix + "recall", OptionalDouble.of(averages.recall()));
    figures.put(prefix + "f1", OptionalDouble.of(averages.f1()));
  }

  /** A plain-text report: overall figures, per-class table, confusion matrix with class names. */
  public String toText() {
    return ReportText.render(this);
  }

  /**
   * A JSON object with the keys {@code class_names, num_samples, threshold} (two classes only),
   * {@code roc_method} ("exact" or "thresholds"), {@code roc_thresholds} (sweeps only), the keys of
   * {@link #overall()}, {@code priors} (those RAE and RRSE compare against), {@code per_class} (a
   * list of objects with name, precision, recall, f1, support, auc) and {@code confusion_matrix}
   * (rows actual, columns predicted). Undefined figures are {@code null}; numbers are written in
   * full double precision.
   */
  public String toJson() {
    return ReportJson.render(this);
  }

  /**
   * CSV with the header {@code section,class,key,value}: section {@code overall} (class empty, key
   * num_samples, threshold (two classes only), roc_method, then those of {@link #overall()}),
   * {@code per_class} (class name, key precision, recall, f1, support or auc) and {@code
   * confusion_matrix} (class the actual class, key the predicted class, value the count). Undefined
   * figures are empty cells; fields holding commas or quotes are quoted (RFC 4180).
   */
  public String toCsv() {
    return ReportCsv.render(this);
  }
}
