package org.nonlin.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class SchapireBoostingTest {

  private static final List<String> TWO = List.of("majority", "minority");
  private static final List<String> THREE = List.of("a", "b", "c");

  /** Boosting over three hand-made learners saying {@code l1}, {@code l2} and {@code l3}. */
  private static SchapireBoosting boosting(List<String> names, int[] l1, int[] l2, int[] l3) {
    int k = names.size();
    return SchapireBoosting.of(
        names, FixedLearner.says(k, l1), FixedLearner.says(k, l2), FixedLearner.says(k, l3));
  }

  @Test
  void predict_twoClasses_isTheMajorityOfThree() {
    // given four rows covering agreement and both ways of disagreeing
    SchapireBoosting boosting =
        boosting(TWO, new int[] {0, 1, 1, 0}, new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0});

    // when
    int[] classes = boosting.predict(FixedLearner.rows(4), 4);

    // then votes (0,0,1) → 0, (1,0,1) → 1, (1,1,0) → 1, (0,1,0) → 0
    assertArrayEquals(new int[] {0, 1, 1, 0}, classes);
  }

  @Test
  void predict_threeClassesAllDifferent_tieGoesToThirdLearner() {
    // given rows: all differ; L1 alone; L2 alone; all differ the other way
    SchapireBoosting boosting =
        boosting(THREE, new int[] {0, 2, 1, 2}, new int[] {1, 1, 0, 0}, new int[] {2, 1, 1, 1});

    // when
    int[] classes = boosting.predict(FixedLearner.rows(4), 4);

    // then (0,1,2) → L3's 2; (2,1,1) → 1 by 2 votes; (1,0,1) → 1 by 2 votes; (2,0,1) → L3's 1
    assertArrayEquals(new int[] {2, 1, 1, 1}, classes);
  }

  @Test
  void probabilities_areVoteShares() {
    // given votes (0, 2, 2) on one row
    SchapireBoosting boosting = boosting(THREE, new int[] {0}, new int[] {2}, new int[] {2});

    // when
    float[] shares = boosting.probabilities(FixedLearner.rows(1), 1);

    // then 1/3, 0/3, 2/3
    assertArrayEquals(new float[] {1f / 3, 0, 2f / 3}, shares);
  }

  @Test
  void predict_imbalanceVariant_saysMinorityOnlyWhenSecondAndThirdBothDo() {
    // given L1 always says the majority; rows run through (L2, L3) = (0,0), (0,1), (1,0), (1,1)
    ConstantClassifier l1 = new ConstantClassifier(1, 2, 0);
    FixedLearner l2 = FixedLearner.says(2, 0, 0, 1, 1);
    FixedLearner l3 = FixedLearner.says(2, 0, 1, 0, 1);
    SchapireBoosting boosting = SchapireBoosting.of(TWO, l1, l2, l3);

    // when
    int[] classes = boosting.predict(FixedLearner.rows(4), 4);

    // then
    assertArrayEquals(new int[] {0, 0, 0, 1}, classes);
    assertTrue(boosting.imbalanceVariant());
  }

  @Test
  void of_learnersWithDifferentClassCounts_isRejected() {
    // given
    FixedLearner two = FixedLearner.says(2, 0);
    FixedLearner three = FixedLearner.says(3, 0);

    // when / then
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SchapireBoosting.of(TWO, two, three, two));
    assertEquals(
        "member 2 knows 3 classes; the ensemble has 2 class names [majority, minority]",
        e.getMessage());
  }

  @Test
  void trainImbalanced_firstLearnerIsTheMajorityClass() {
    // given 190:10 rows of the double arc
    Dataset data = Fixtures.normalised(Fixtures.imbalancedArc(190, 10, Tolerances.SEED));

    // when
    SchapireBoosting boosting =
        SchapireBoosting.trainImbalanced(data, Fixtures.arcMembers(5), Tolerances.SEED);

    // then
    assertEquals(new ConstantClassifier(2, 2, 0), boosting.members().get(0));
    assertInstanceOf(NetworkClassifier.class, boosting.members().get(1));
    assertEquals(List.of("0", "1"), boosting.classNames());
  }

  @Test
  void train_sameSeed_givesIdenticalEnsemble() {
    // given
    Dataset data = Fixtures.normalised(Fixtures.imbalancedArc(150, 50, Tolerances.SEED));
    MemberFactory factory = Fixtures.arcMembers(5);
    float[] x = data.featureArray();

    // when
    SchapireBoosting a = SchapireBoosting.train(data, factory, Tolerances.SEED);
    SchapireBoosting b = SchapireBoosting.train(data, factory, Tolerances.SEED);

    // then every member gives bit-identical probabilities
    assertFalse(a.imbalanceVariant());
    for (int m = 0; m < 3; m++) {
      assertArrayEquals(
          a.members().get(m).probabilities(x, data.rows()),
          b.members().get(m).probabilities(x, data.rows()),
          "member " + (m + 1));
    }
  }
}
