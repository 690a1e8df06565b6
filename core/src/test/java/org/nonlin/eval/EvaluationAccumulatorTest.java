package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class EvaluationAccumulatorTest {

  /**
   * Seven samples of three classes, rows (p0, p1, p2): class 0 (.6, .3, .1), (.4, .4, .2), (.7, .2,
   * .1); class 1 (.3, .5, .2), (.5, .2, .3); class 2 (.2, .2, .6), (.1, .6, .3).
   */
  private static final int[] LABELS_3 = {0, 0, 1, 1, 2, 2, 0};

  private static final float[] PROBS_3 = {
    .6f, .3f, .1f, .4f, .4f, .2f, .3f, .5f, .2f, .5f, .2f, .3f, .2f, .2f, .6f, .1f, .6f, .3f, .7f,
    .2f, .1f
  };

  @Test
  void report_chapterExample_matchesChapterFigures() {
    // given 521 positives at 0.9, 29 at 0.1, 435 negatives at 0.1 and 15 at 0.9
    int[] labels = new int[1000];
    float[] probs = new float[1000];
    fill(labels, probs, 0, 521, 1, 0.9f);
    fill(labels, probs, 521, 550, 1, 0.1f);
    fill(labels, probs, 550, 985, 0, 0.1f);
    fill(labels, probs, 985, 1000, 0, 0.9f);

    // when
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.forClasses(2), labels, probs);

    // then
    assertEquals(new BinaryMetrics(521, 29, 15, 435), report.binary().orElseThrow());
    assertEquals(0.956, report.accuracy(), Tolerances.THREE_DECIMALS);
    assertEquals(0.972, report.overall().get("precision").getAsDouble(), Tolerances.THREE_DECIMALS);
    assertEquals(0.947, report.overall().get("recall").getAsDouble(), Tolerances.THREE_DECIMALS);
    assertEquals(0.033, report.overall().get("fpr").getAsDouble(), Tolerances.THREE_DECIMALS);
    assertEquals(0.959, report.overall().get("f1").getAsDouble(), Tolerances.THREE_DECIMALS);
    // every sample's true class has probability 0.9 or 0.1: -(956 ln .9 + 44 ln .1) / 1000
    double logLoss = -(956 * Math.log(0.9f) + 44 * Math.log(1 - (double) 0.9f)) / 1000;
    assertEquals(logLoss, report.logLoss(), Tolerances.FLOAT);
  }

  @Test
  void add_probabilityEqualToThreshold_countsAsPositive() {
    // given
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));

    // when
    accumulator.add(new int[] {0, 1}, new float[] {0.5f, 0.5f});

    // then: both predicted class 1
    assertArrayEquals(new long[] {0, 1}, accumulator.report().confusion().counts()[0]);
    assertArrayEquals(new long[] {0, 1}, accumulator.report().confusion().counts()[1]);
  }

  @Test
  void add_otherThreshold_movesDecision() {
    // given threshold 0.7: 0.6 is negative, 0.7 positive (compared in float32)
    EvaluationOptions options = EvaluationOptions.forClasses(2).withThreshold(0.7);

    // when
    ClassificationReport report =
        ClassificationReport.of(options, new int[] {1, 1}, new float[] {0.6f, 0.7f});

    // then
    assertEquals(new BinaryMetrics(1, 1, 0, 0), report.binary().orElseThrow());
  }

  @Test
  void add_multiClassTie_predictsLowestIndex() {
    // given sample 1 of the three-class example has p0 = p1 = .4

    // when
    ClassificationReport report = threeClassReport();

    // then: predictions 0 0 1 0 2 1 0; rows actual
    assertArrayEquals(new long[] {3, 0, 0}, report.confusion().counts()[0]);
    assertArrayEquals(new long[] {1, 1, 0}, report.confusion().counts()[1]);
    assertArrayEquals(new long[] {0, 1, 1}, report.confusion().counts()[2]);
    assertEquals(5.0 / 7, report.accuracy(), Tolerances.EXACT);
  }

  @Test
  void report_threeClassExample_oneVsRestAucsMatchPairCounts() {
    // given the three-class example

    // when
    ClassificationReport report = threeClassReport();

    // then, counting positive-negative pairs, ties 1/2:
    // class 0: p0 of {.6, .4, .7} vs {.3, .5, .2, .1}: 4 + 3 + 4 = 11 of 12
    // class 1: p1 of {.5, .2} vs {.3, .4, .2, .6, .2}: 4 + (0 + 2 ties) = 5 of 10
    // class 2: p2 of {.6, .3} vs {.1, .2, .2, .3, .1}: 5 + (4 + 1 tie) = 9.5 of 10
    assertEquals(11.0 / 12, report.perClass().get(0).auc().getAsDouble(), Tolerances.EXACT);
    assertEquals(0.5, report.perClass().get(1).auc().getAsDouble(), Tolerances.EXACT);
    assertEquals(0.95, report.perClass().get(2).auc().getAsDouble(), Tolerances.EXACT);
    assertEquals((11.0 / 12 + 0.5 + 0.95) / 3, report.macroAuc().getAsDouble(), Tolerances.EXACT);
    // supports 3, 2, 2
    double weighted = (3 * 11.0 / 12 + 2 * 0.5 + 2 * 0.95) / 7;
    assertEquals(weighted, report.weightedAuc().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void report_threeClassExample_handTillMatchesPairwiseAucs() {
    // given the three-class example

    // when
    double m = threeClassReport().handTillAuc().getAsDouble();

    // then: A(0|1) = 5/6, A(1|0) = 3.5/6; A(0|2) = A(2|0) = 1; A(1|2) = 1.5/4, A(2|1) = 3.5/4;
    // M = ((8.5/12) + 1 + (5/8)) / 3 = 7/9
    assertEquals(7.0 / 9, m, Tolerances.EXACT);
  }

  @Test
  void report_twoClasses_handTillAndMacroEqualAuc() {
    // given seeded random scores
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int[] labels = new int[200];
    float[] probs = new float[200];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = random.nextInt(2);
      probs[i] = random.nextInt(21) / 20f;
    }

    // when
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.forClasses(2), labels, probs);

    // then: all four AUC figures are the AUC of P(class 1), checked by brute force
    double auc = RocCurveTest.bruteForceAuc(labels, probs);
    assertEquals(auc, report.auc().getAsDouble(), Tolerances.EXACT);
    assertEquals(auc, report.macroAuc().getAsDouble(), Tolerances.EXACT);
    assertEquals(auc, report.weightedAuc().getAsDouble(), Tolerances.EXACT);
    assertEquals(auc, report.handTillAuc().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void report_singleClassPresent_aucUndefined() {
    // given only positives
    int[] labels = {1, 1, 1};
    float[] probs = {0.2f, 0.6f, 0.9f};

    // when
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.forClasses(2), labels, probs);

    // then: no ROC, but average precision exists: precision 1 everywhere
    assertFalse(report.auc().isPresent());
    assertFalse(report.macroAuc().isPresent());
    assertFalse(report.handTillAuc().isPresent());
    assertFalse(report.perClass().get(1).auc().isPresent());
    assertEquals(1, report.averagePrecision().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void report_classAbsentFromThreeClasses_macroUndefinedWeightedDefined() {
    // given classes 0 and 1 only, of three
    int[] labels = {0, 1, 0, 1};
    float[] probs = {.7f, .2f, .1f, .3f, .6f, .1f, .5f, .4f, .1f, .2f, .3f, .5f};

    // when
    ClassificationReport report =
        ClassificationReport.of(EvaluationOptions.forClasses(3), labels, probs);

    // then: class 2 has no positives; class 0: p0 {.7, .5} vs {.3, .2}, class 1: p1 {.6, .3} vs
    // {.2, .4}: 3 of 4 pairs; weighted over classes 0 and 1 alone: (2 * 1 + 2 * .75) / 4
    assertFalse(report.perClass().get(2).auc().isPresent());
    assertFalse(report.macroAuc().isPresent());
    assertFalse(report.handTillAuc().isPresent());
    assertEquals(0.875, report.weightedAuc().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void add_manyBatchesOrSamples_equalsOneBatch() {
    // given
    EvaluationOptions options = EvaluationOptions.forClasses(3);
    EvaluationAccumulator batches = new EvaluationAccumulator(options);
    EvaluationAccumulator samples = new EvaluationAccumulator(options);

    // when
    batches.add(Arrays.copyOfRange(LABELS_3, 0, 3), Arrays.copyOfRange(PROBS_3, 0, 9));
    batches.add(new int[0], new float[0]);
    batches.add(Arrays.copyOfRange(LABELS_3, 3, 7), Arrays.copyOfRange(PROBS_3, 9, 21));
    for (int i = 0; i < LABELS_3.length; i++) {
      samples.add(LABELS_3[i], Arrays.copyOfRange(PROBS_3, 3 * i, 3 * i + 3));
    }

    // then
    assertEquals(threeClassReport(), batches.report());
    assertEquals(threeClassReport(), samples.report());
    assertEquals(7, samples.count());
  }

  @Test
  void report_laterAdds_leaveSnapshotUnchanged() {
    // given
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(3));
    accumulator.add(LABELS_3, PROBS_3);
    ClassificationReport before = accumulator.report();

    // when
    accumulator.add(2, 0f, 0f, 1f);

    // then
    assertEquals(threeClassReport(), before);
    assertEquals(8, accumulator.report().numSamples());
  }

  @Test
  void add_doubleProbabilities_roundToFloat() {
    // given
    double[] probs = {0.9, 0.2, 0.6};
    int[] labels = {1, 0, 0};
    EvaluationAccumulator fromDoubles = new EvaluationAccumulator(EvaluationOptions.forClasses(2));

    // when
    fromDoubles.add(labels, probs);

    // then
    ClassificationReport fromFloats =
        ClassificationReport.of(
            EvaluationOptions.forClasses(2), labels, new float[] {0.9f, 0.2f, 0.6f});
    assertEquals(fromFloats, fromDoubles.report());
  }

  @Test
  void report_logLoss_matchesHandComputation() {
    // given true-class probabilities .75, .5, .5 and 0 (clipped to 1e-15)
    int[] labels = {1, 1, 0, 0};
    float[] probs = {0.75f, 0.5f, 0.5f, 1f};

    // when
    double logLoss =
        ClassificationReport.of(EvaluationOptions.forClasses(2), labels, probs).logLoss();

    // then
    double expected = -(Math.log(0.75) + 2 * Math.log(0.5) + Math.log(1e-15)) / 4;
    assertEquals(expected, logLoss, Tolerances.EXACT);
  }

  @Test
  void curves_twoClasses_matchDirectCurves() {
    // given
    int[] labels = {1, 0, 1, 0, 1};
    float[] probs = {0.8f, 0.8f, 0.3f, 0.1f, 0.6f};
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));
    accumulator.add(labels, probs);

    // when
    RocCurve roc = accumulator.rocCurve(1);
    PrecisionRecallCurve pr = accumulator.precisionRecallCurve(1);

    // then
    RocCurve direct = RocCurve.exact(labels, probs);
    assertArrayEquals(direct.truePositiveRates(), roc.truePositiveRates());
    assertArrayEquals(direct.falsePositiveRates(), roc.falsePositiveRates());
    assertEquals(PrecisionRecallCurve.of(labels, probs).averagePrecision(), pr.averagePrecision());
    assertEquals(accumulator.report().averagePrecision().getAsDouble(), pr.averagePrecision());
  }

  @Test
  void rocCurve_twoClassesPositiveZero_throws() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));
    accumulator.add(new int[] {0, 1}, new float[] {0.2f, 0.7f});

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.rocCurve(0));

    assertTrue(e.getMessage().contains("positive class must be 1"), e.getMessage());
  }

  @Test
  void add_nanProbability_throwsAndAddsNothing() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(3));
    int[] labels = {0, 1};
    float[] probs = {1f, 0f, 0f, 0.5f, Float.NaN, 0.5f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(labels, probs));

    assertEquals("probability NaN at row 1, column 1 must be in [0, 1]", e.getMessage());
    assertEquals(0, accumulator.count());
  }

  @Test
  void add_probabilityAboveOne_throwsNamingValue() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));
    float[] probs = {1.5f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(new int[] {1}, probs));

    assertEquals("probability 1.5 at row 0, column 0 must be in [0, 1]", e.getMessage());
  }

  @Test
  void add_widthMismatch_throwsNamingLengths() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(3));
    int[] labels = {0, 1};
    float[] probs = {1f, 0f, 0f, 1f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(labels, probs));

    assertEquals(
        "probabilities of length 4 must hold 3 column(s) for each of the 2 labels, i.e. have"
            + " length 6",
        e.getMessage());
  }

  @Test
  void add_labelOutOfRange_throwsNamingRow() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));
    int[] labels = {0, -1};
    float[] probs = {0.1f, 0.2f};

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(labels, probs));

    assertEquals("label -1 at row 1 must be a class index in [0, 1]", e.getMessage());
  }

  @Test
  void report_nothingAdded_throws() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));

    assertThrows(IllegalStateException.class, accumulator::report);
  }

  @Test
  void of_emptyInput_throws() {
    EvaluationOptions options = EvaluationOptions.forClasses(2);
    int[] labels = {};
    float[] probs = {};

    assertThrows(
        IllegalArgumentException.class, () -> ClassificationReport.of(options, labels, probs));
  }

  @Test
  void classMetrics_unknownName_throwsNamingClasses() {
    ClassificationReport report = threeClassReport();

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> report.classMetrics("3"));

    assertEquals("unknown class '3'; the classes are [0, 1, 2]", e.getMessage());
  }

  @Test
  void report_chapterSweep_sweepsAucButKeepsHandTillExact() {
    // given positives 0.95, 0.65, 0.62 and negatives 0.68, 0.15 (see RocCurveTest)
    int[] labels = {1, 1, 1, 0, 0};
    float[] probs = {0.95f, 0.65f, 0.62f, 0.68f, 0.15f};
    EvaluationOptions options =
        EvaluationOptions.forClasses(2).withRocMethod(RocMethod.CHAPTER_SWEEP);

    // when
    ClassificationReport report = ClassificationReport.of(options, labels, probs);

    // then: swept area 5/6; exact area (Hand and Till) 4 of 6 pairs
    assertEquals(5.0 / 6, report.auc().getAsDouble(), Tolerances.EXACT);
    assertEquals(5.0 / 6, report.perClass().get(0).auc().getAsDouble(), Tolerances.EXACT);
    assertEquals(2.0 / 3, report.handTillAuc().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void add_oneSampleWrongWidth_throwsNamingLengths() {
    EvaluationAccumulator accumulator = new EvaluationAccumulator(EvaluationOptions.forClasses(2));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> accumulator.add(0, 0.5f, 0.5f));

    assertTrue(
        e.getMessage().startsWith("probabilities of length 2 must hold 1 column"), e.getMessage());
  }

  @Test
  void options_accumulator_returnsGivenOptions() {
    // given
    EvaluationOptions options = EvaluationOptions.of(List.of("a", "b"));

    // when
    EvaluationAccumulator accumulator = new EvaluationAccumulator(options);

    // then
    assertEquals(options, accumulator.options());
  }

  private static ClassificationReport threeClassReport() {
    return ClassificationReport.of(EvaluationOptions.forClasses(3), LABELS_3, PROBS_3);
  }

  private static void fill(int[] labels, float[] probs, int from, int to, int label, float p) {
    Arrays.fill(labels, from, to, label);
    Arrays.fill(probs, from, to, p);
  }
}
