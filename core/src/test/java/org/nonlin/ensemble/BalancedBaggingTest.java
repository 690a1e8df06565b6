package org.nonlin.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.nn.Architecture;
import org.nonlin.nn.Initializer;
import org.nonlin.testing.Tolerances;
import org.nonlin.train.TrainConfig;

class BalancedBaggingTest {

  private static final List<String> TWO = List.of("0", "1");

  @Test
  void predict_softAndHardDisagree_asHandComputed() {
    // given P(class 1) = 0.9, 0.4, 0.4 from three members on one row
    List<FixedLearner> members =
        List.of(FixedLearner.binary(0.9f), FixedLearner.binary(0.4f), FixedLearner.binary(0.4f));
    BalancedBagging soft = BalancedBagging.of(TWO, members, VoteRule.SOFT);
    BalancedBagging hard = soft.withVote(VoteRule.HARD);
    float[] x = FixedLearner.rows(1);

    // when
    float[] mean = soft.probabilities(x, 1);
    float[] shares = hard.probabilities(x, 1);

    // then soft: (0.9 + 0.4 + 0.4) / 3 = 0.5667 → class 1; hard: votes 1, 0, 0 → class 0
    assertEquals((0.1 + 0.6 + 0.6) / 3, mean[0], Tolerances.FLOAT);
    assertEquals((0.9 + 0.4 + 0.4) / 3, mean[1], Tolerances.FLOAT);
    assertArrayEquals(new int[] {1}, soft.predict(x, 1));
    assertArrayEquals(new float[] {2f / 3, 1f / 3}, shares);
    assertArrayEquals(new int[] {0}, hard.predict(x, 1));
  }

  @Test
  void predict_hardTie_goesToLargerMeanProbability() {
    // given two members voting 1 and 0 on each row: P(1) = (0.9, 0.2) and (0.6, 0.1)
    List<FixedLearner> members =
        List.of(FixedLearner.binary(0.9f, 0.6f), FixedLearner.binary(0.2f, 0.1f));
    BalancedBagging hard = BalancedBagging.of(TWO, members, VoteRule.HARD);

    // when
    int[] classes = hard.predict(FixedLearner.rows(2), 2);

    // then mean P(1) = (0.9 + 0.2) / 2 = 0.55 > 0.45 → 1; (0.6 + 0.1) / 2 = 0.35 < 0.65 → 0
    assertArrayEquals(new int[] {1, 0}, classes);
  }

  @Test
  void predict_hardTieWithEqualMeans_goesToLowestIndex() {
    // given P(1) = 0.75 and 0.25: one vote each, mean (0.5, 0.5)
    List<FixedLearner> members = List.of(FixedLearner.binary(0.75f), FixedLearner.binary(0.25f));

    // when
    int[] classes =
        BalancedBagging.of(TWO, members, VoteRule.HARD).predict(FixedLearner.rows(1), 1);

    // then
    assertArrayEquals(new int[] {0}, classes);
  }

  @Test
  void sample_threeClasses_takesSmallestClassWholeAndAsManyOfEachOther() {
    // given classes of 10, 2 and 3 rows
    int[][] rowsByClass = {{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {10, 11}, {12, 13, 14}};

    // when
    int[] rows = BalancedSampling.sample(rowsByClass, new SplittableRandom(Tolerances.SEED));

    // then 3 classes · 2 rows: two distinct rows of class 0, both of class 1, two of class 2
    assertEquals(6, rows.length);
    assertNotEquals(rows[0], rows[1]);
    assertTrue(rows[0] <= 9 && rows[1] <= 9, Arrays.toString(rows));
    assertArrayEquals(new int[] {10, 11}, Arrays.copyOfRange(rows, 2, 4));
    assertNotEquals(rows[4], rows[5]);
    assertTrue(rows[4] >= 12 && rows[5] >= 12, Arrays.toString(rows));
  }

  @Test
  void train_twoThreadsOrOne_givesIdenticalMembers() {
    // given
    Dataset data = Fixtures.normalised(Fixtures.imbalancedArc(180, 20, Tolerances.SEED));
    MemberFactory factory = Fixtures.arcMembers(5);
    float[] x = data.featureArray();

    // when
    BalancedBagging one =
        BalancedBagging.train(data, factory, new BaggingOptions(4, VoteRule.SOFT, 7, 1));
    BalancedBagging two =
        BalancedBagging.train(data, factory, new BaggingOptions(4, VoteRule.SOFT, 7, 2));
    BalancedBagging other =
        BalancedBagging.train(data, factory, new BaggingOptions(4, VoteRule.SOFT, 8, 2));

    // then same seed: bit-identical; another seed: different members
    for (int m = 0; m < 4; m++) {
      assertArrayEquals(
          one.members().get(m).probabilities(x, data.rows()),
          two.members().get(m).probabilities(x, data.rows()),
          "member " + (m + 1));
    }
    assertFalse(
        Arrays.equals(one.probabilities(x, data.rows()), other.probabilities(x, data.rows())));
  }

  @Test
  void train_classWithoutRows_isRejected() {
    // given three named classes, only two present
    Dataset data =
        Dataset.classification(
            new float[] {0, 1, 2, 3}, 1, new int[] {0, 1, 0, 1}, null, List.of("a", "b", "c"));
    MemberFactory factory =
        new MemberFactory(
            Architecture.parse("1-3softmax"), Initializer.XAVIER, TrainConfig.builder().build());
    BaggingOptions options = BaggingOptions.defaults(Tolerances.SEED);

    // when / then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> BalancedBagging.train(data, factory, options));
    assertEquals(
        "class 'c' has 0 training rows; balanced bagging needs every class present",
        e.getMessage());
  }

  @Test
  void train_networkNotFittingTheData_isRejectedBeforeTraining() {
    // given two-class data and three-unit members
    Dataset data = Fixtures.imbalancedArc(18, 2, Tolerances.SEED);
    MemberFactory factory =
        new MemberFactory(
            Architecture.parse("2-3softmax"), Initializer.XAVIER, TrainConfig.builder().build());
    BaggingOptions options = BaggingOptions.defaults(Tolerances.SEED);

    // when / then
    assertThrows(
        IllegalArgumentException.class, () -> BalancedBagging.train(data, factory, options));
  }

  @Test
  void options_zeroMembers_isRejected() {
    // when / then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> new BaggingOptions(0, VoteRule.HARD, 1, 1));
    assertEquals("number of members 0 must be >= 1", e.getMessage());
  }
}
