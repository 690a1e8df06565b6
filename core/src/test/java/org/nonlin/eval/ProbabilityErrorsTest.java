package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class ProbabilityErrorsTest {

  /**
   * Three classes, rows (p0, p1, p2) and label: (.5, .25, .25) 0; (.25, .5, .25) 1; (0, .5, .5) 2;
   * (0, 1, 0) 1. Per sample sum |p - y| = 1, 1, 1, 0 (total 3) and sum (p - y)^2 = .375, .375, .5,
   * 0 (total 1.25); n k = 12. All values are exact in float32.
   */
  private static final int[] LABELS_3 = {0, 1, 2, 1};

  private static final float[] PROBS_3 = {
    0.5f, 0.25f, 0.25f, 0.25f, 0.5f, 0.25f, 0f, 0.5f, 0.5f, 0f, 1f, 0f
  };

  /** Two classes, P(class 1) = .75, .5, .5, 1 for labels 1, 1, 0, 1: |p - y| = .25, .5, .5, 0. */
  private static final int[] LABELS_2 = {1, 1, 0, 1};

  private static final float[] PROBS_2 = {0.75f, 0.5f, 0.5f, 1f};

  @Test
  void errors_threeClassesDataPriors_matchHandComputation() {
    // given priors from the data: q = (1/4, 1/2, 1/4)
    EvaluationOptions options = EvaluationOptions.forClasses(3);

    // when
    ProbabilityErrors e = ClassificationReport.of(options, LABELS_3, PROBS_3).errors();

    // then: MAE 3 / 12; RMSE sqrt(1.25 / 12)
    assertEquals(0.25, e.mae(), Tolerances.EXACT);
    assertEquals(Math.sqrt(1.25 / 12), e.rmse(), Tolerances.EXACT);
    // prior errs sum |q - y| = 2 (1 - q_t): 1.5 + 1 + 1.5 + 1 = 5, so RAE = 100 * 3 / 5;
    // directly for class 0: |.25 - 1| + |.5 - 0| + |.25 - 0| = 1.5
    assertEquals(60, e.rae().getAsDouble(), Tolerances.EXACT);
    // sum (q - y)^2: class 0 and 2: .5625 + .25 + .0625 = .875, class 1: .0625 + .25 + .0625 =
    // .375; total 2.5, so RRSE = 100 sqrt(1.25 / 2.5)
    assertEquals(100 * Math.sqrt(0.5), e.rrse().getAsDouble(), Tolerances.EXACT);
    assertEquals(List.of(0.25, 0.5, 0.25), e.priors());
  }

  @Test
  void errors_threeClassesGivenPriors_compareAgainstThosePriors() {
    // given uniform training priors passed as counts 1, 1, 1: q = 1/3 each
    EvaluationOptions options = EvaluationOptions.forClasses(3).withPriors(1, 1, 1);

    // when
    ProbabilityErrors e = ClassificationReport.of(options, LABELS_3, PROBS_3).errors();

    // then: every sample: sum |q - y| = 2/3 + 1/3 + 1/3 = 4/3, total 16/3, RAE = 100 * 3 / (16/3);
    // sum (q - y)^2 = 4/9 + 1/9 + 1/9 = 2/3, total 8/3, RRSE = 100 sqrt(1.25 / (8/3))
    assertEquals(56.25, e.rae().getAsDouble(), Tolerances.EXACT);
    assertEquals(100 * Math.sqrt(1.25 * 3 / 8), e.rrse().getAsDouble(), Tolerances.EXACT);
    assertEquals(0.25, e.mae(), Tolerances.EXACT);
  }

  @Test
  void errors_twoClassesSingleColumn_useVectorOneMinusP() {
    // given priors from the data: q = (1/4, 3/4)
    EvaluationOptions options = EvaluationOptions.forClasses(2);

    // when
    ProbabilityErrors e = ClassificationReport.of(options, LABELS_2, PROBS_2).errors();

    // then: vectors (1 - p, p) err twice by |p - y|: sum 2 * 1.25, MAE = 2.5 / 8 = mean |p - y|
    assertEquals(1.25 / 4, e.mae(), Tolerances.EXACT);
    // squares 2 * (.0625 + .25 + .25) = 1.125, RMSE sqrt(1.125 / 8)
    assertEquals(0.375, e.rmse(), Tolerances.EXACT);
    // prior: class 1 samples err 2 * (1 - 3/4) = .5 (x3), class 0 2 * (1 - 1/4) = 1.5: total 3
    assertEquals(100 * 2.5 / 3, e.rae().getAsDouble(), Tolerances.EXACT);
    // prior squares: class 1: 2 * (1/4)^2 = .125 (x3), class 0: 2 * (3/4)^2 = 1.125: total 1.5
    assertEquals(100 * Math.sqrt(0.75), e.rrse().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void errors_twoClassesGivenPriors_compareAgainstThosePriors() {
    // given training priors 1 : 1, q = (1/2, 1/2)
    EvaluationOptions options = EvaluationOptions.forClasses(2).withPriors(5, 5);

    // when
    ProbabilityErrors e = ClassificationReport.of(options, LABELS_2, PROBS_2).errors();

    // then: each sample's prior errs |.5 - y| twice: sums 4 and 2
    assertEquals(100 * 2.5 / 4, e.rae().getAsDouble(), Tolerances.EXACT);
    assertEquals(100 * Math.sqrt(1.125 / 2), e.rrse().getAsDouble(), Tolerances.EXACT);
  }

  @Test
  void errors_oneClassWithPriorOne_relativeErrorsUndefined() {
    // given only class 1 in the data, so the data prior is (0, 1) and never errs
    int[] labels = {1, 1};
    float[] probs = {0.5f, 0.75f};

    // when
    ProbabilityErrors e =
        ClassificationReport.of(EvaluationOptions.forClasses(2), labels, probs).errors();

    // then: MAE (2 * .5 + 2 * .25) / 4
    assertEquals(0.375, e.mae(), Tolerances.EXACT);
    assertFalse(e.rae().isPresent());
    assertFalse(e.rrse().isPresent());
  }

  @Test
  void closedFormPriorSums_anyPriors_equalDirectSums() {
    // given three classes with counts 2, 1, 3 and priors (.2, .5, .3); a perfect predictor
    long[] counts = {2, 1, 3};
    List<Double> priors = List.of(0.2, 0.5, 0.3);
    double directAbsolute = 0;
    double directSquared = 0;
    for (int t = 0; t < 3; t++) {
      for (int c = 0; c < 3; c++) {
        double e = priors.get(c) - (c == t ? 1 : 0);
        directAbsolute += counts[t] * Math.abs(e);
        directSquared += counts[t] * e * e;
      }
    }

    // when: error sums equal to the prior's own, so RAE and RRSE must be 100 %
    ProbabilityErrors e = ProbabilityErrors.fromSums(directAbsolute, directSquared, counts, priors);

    // then
    assertEquals(100, e.rae().getAsDouble(), Tolerances.EXACT);
    assertEquals(100, e.rrse().getAsDouble(), Tolerances.EXACT);
  }
}
