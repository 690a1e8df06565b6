package org.nonlin.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects predictions batch by batch, or sample by sample, and hands out immutable {@link
 * ClassificationReport} snapshots; adding more afterwards does not change a report already taken.
 *
 * <p>Memory: the confusion counts take k^2 longs and the error sums a few doubles; only the ranking
 * figures (AUC, average precision, Hand and Till) need the probabilities themselves, kept as
 * float32 in growable primitive arrays, 4 n w bytes for n samples of width w (1 for two classes, k
 * otherwise). A report sorts copies of them, so it briefly needs as much again.
 *
 * <p>Log loss is -(1/n) sum_i ln max(p_i,y_i, {@link #LOG_LOSS_EPSILON}), where p_i,y_i is the
 * probability given to the true class (1 - p for class 0 of a two-class problem). The probability
 * rows need not sum exactly to 1; they are used as given. Not thread-safe.
 */
public final class EvaluationAccumulator {

  /** Probabilities of the true class below this are raised to it before the log of log loss. */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  private final EvaluationOptions options;
  private final float threshold;
  private final int k;
  private final int width;
  private final long[] counts;
  private final ScoreStore scores;
  private long n;
  private double logLossSum;
  private double absoluteErrorSum;
  private double squaredErrorSum;

  /** An empty accumulator for the given options. */
  public EvaluationAccumulator(EvaluationOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.threshold = (float) options.threshold();
    this.k = options.numClasses();
    this.width = options.width();
    this.counts = new long[k * k];
    this.scores = new ScoreStore(k, width);
  }

  /**
   * Adds a batch. The whole batch is checked before anything is added, so a rejected batch leaves
   * the accumulator unchanged. A batch with no labels and no probabilities is ignored.
   *
   * @param labels class index of each sample, in [0, k); not modified
   * @param probs {@link EvaluationOptions#width()} probabilities per sample, row-major, each in [0,
   *     1]: P(class 1) for two classes, P(class 0..k-1) otherwise; not modified
   * @throws IllegalArgumentException if the lengths disagree, a label is out of range or a
   *     probability is NaN or outside [0, 1], naming the row and value
   */
  public void add(int[] labels, float[] probs) {
    if (labels.length == 0 && probs.length == 0) {
      return;
    }
    Checks.batchShape(labels.length, probs.length, width);
    for (int i = 0; i < labels.length; i++) {
      checkRow(labels[i], probs, i);
    }
    for (int i = 0; i < labels.length; i++) {
      addRow(labels[i], probs, i * width);
    }
  }

  /**
   * Adds a batch of double probabilities, rounded to float32 first (the precision the scores are
   * stored and ranked at). Otherwise as {@link #add(int[], float[])}.
   */
  public void add(int[] labels, double[] probs) {
    float[] rounded = new float[probs.length];
    for (int i = 0; i < probs.length; i++) {
      rounded[i] = (float) probs[i];
    }
    add(labels, rounded);
  }

  /**
   * Adds one sample.
   *
   * @param label its class index, in [0, k)
   * @param probs its {@link EvaluationOptions#width()} probabilities; not modified
   */
  public void add(int label, float... probs) {
    Checks.batchShape(1, probs.length, width);
    checkRow(label, probs, 0);
    addRow(label, probs, 0);
  }

  private void checkRow(int label, float[] probs, int row) {
    Checks.label(label, k, row);
    for (int c = 0; c < width; c++) {
      Checks.probability(probs[row * width + c], row, c);
    }
  }

  /** Number of samples added so far. */
  public long count() {
    return n;
  }

  /** The options this accumulator evaluates with. */
  public EvaluationOptions options() {
    return options;
  }

  private void addRow(int label, float[] probs, int offset) {
    counts[label * k + predict(probs, offset)]++;
    double trueClassProbability =
        width == 1 ? (label == 1 ? probs[offset] : 1.0 - probs[offset]) : probs[offset + label];
    logLossSum -= Math.log(Math.max(trueClassProbability, LOG_LOSS_EPSILON));
    absoluteErrorSum += ProbabilityErrors.absoluteError(label, probs, offset, width);
    squaredErrorSum += ProbabilityErrors.squaredError(label, probs, offset, width);
    scores.add(label, probs, offset);
    n++;
  }

  /** P(class 1) >= threshold for two classes; otherwise the arg max, lowest index on ties. */
  private int predict(float[] probs, int offset) {
    if (width == 1) {
      return probs[offset] >= threshold ? 1 : 0;
    }
    int best = 0;
    for (int c = 1; c < width; c++) {
      if (probs[offset + c] > probs[offset + best]) {
        best = c;
      }
    }
    return best;
  }

  /**
   * A snapshot of every figure over the samples added so far.
   *
   * @throws IllegalStateException if no sample was added
   */
  public ClassificationReport report() {
    requireSamples();
    ConfusionMatrix confusion = ConfusionMatrix.wrap(options.classNames(), counts.clone());
    long[] support = new long[k];
    for (int c = 0; c < k; c++) {
      support[c] = confusion.support(c);
    }
    List<Double> priors = options.priors().isEmpty() ? frequencies(support) : options.priors();
    RankingFigures ranked = RankingFigures.of(scores, support, options.rocMethod());
    return new ClassificationReport(
        options,
        confusion,
        ClassMetrics.all(confusion, ranked.perClassAuc()),
        logLossSum / n,
        ProbabilityErrors.fromSums(absoluteErrorSum, squaredErrorSum, support, priors),
        ranked.auc(),
        ranked.averagePrecision(),
        ranked.macroAuc(),
        ranked.weightedAuc(),
        ranked.handTillAuc());
  }

  /**
   * The ROC curve of one class against the rest, ranked by its probability, with the options' ROC
   * method. For two classes the positive class must be 1.
   *
   * @throws IllegalArgumentException if the class is out of range or the curve is undefined (the
   *     class is absent or alone)
   * @throws IllegalStateException if no sample was added
   */
  public RocCurve rocCurve(int positiveClass) {
    return RocCurve.of(ranking(positiveClass), options.rocMethod());
  }

  /**
   * The precision-recall curve of one class against the rest. For two classes the positive class
   * must be 1.
   *
   * @throws IllegalArgumentException if the class is out of range or absent
   * @throws IllegalStateException if no sample was added
   */
  public PrecisionRecallCurve precisionRecallCurve(int positiveClass) {
    return PrecisionRecallCurve.of(ranking(positiveClass));
  }

  private ScoreRanking ranking(int positiveClass) {
    requireSamples();
    if (positiveClass < 0 || positiveClass >= k) {
      throw new IllegalArgumentException(
          "positive class " + positiveClass + " must be in [0, " + (k - 1) + "]");
    }
    return scores.oneVsRest(positiveClass);
  }

  private void requireSamples() {
    if (n == 0) {
      throw new IllegalStateException("no samples added yet; add predictions before evaluating");
    }
  }

  private static List<Double> frequencies(long[] support) {
    long total = 0;
    for (long t : support) {
      total += t;
    }
    List<Double> out = new ArrayList<>(support.length);
    for (long t : support) {
      out.add((double) t / total);
    }
    return List.copyOf(out);
  }
}
