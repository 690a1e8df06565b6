package org.nonlin.ensemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class SchapireSetsTest {

  @Test
  void second_sevenRightThreeWrong_takesThreeOfEachAlternately() {
    // given L1 wrong on rows 2, 5 and 9 only
    int[] labels = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    int[] first = {0, 1, 1, 1, 0, 0, 0, 1, 0, 0};

    // when
    int[] rows = SchapireSets.second(labels, first, new SplittableRandom(Tolerances.SEED));

    // then 2 · min(7 right, 3 wrong) = 6 rows: every wrong row at even places, 3 right rows at odd
    assertEquals(6, rows.length);
    int[] wrong = {rows[0], rows[2], rows[4]};
    Arrays.sort(wrong);
    assertArrayEquals(new int[] {2, 5, 9}, wrong);
    for (int i = 1; i < 6; i += 2) {
      assertEquals(labels[rows[i]], first[rows[i]], "row " + rows[i] + " should be right");
    }
    assertEquals(6, Arrays.stream(rows).distinct().count());
  }

  @Test
  void second_alwaysMajority_isAllMinorityAndAsManyMajority() {
    // given the imbalance variant: 8 majority rows (class 0), 2 minority rows, L1 always says 0
    int[] labels = {0, 0, 1, 0, 0, 0, 0, 1, 0, 0};
    int[] first = new int[10];

    // when
    int[] rows = SchapireSets.second(labels, first, new SplittableRandom(Tolerances.SEED));

    // then 2 · min(8, 2) = 4 rows: both minority rows and 2 of the majority
    int minority = 0;
    for (int row : rows) {
      minority += labels[row];
    }
    assertEquals(4, rows.length);
    assertEquals(2, minority);
  }

  @Test
  void second_sameSeed_sameRows() {
    // given
    int[] labels = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    int[] first = new int[10];

    // when
    int[] a = SchapireSets.second(labels, first, new SplittableRandom(Tolerances.SEED));
    int[] b = SchapireSets.second(labels, first, new SplittableRandom(Tolerances.SEED));
    int[] c = SchapireSets.second(labels, first, new SplittableRandom(Tolerances.SEED + 1));

    // then
    assertArrayEquals(a, b);
    assertNotEquals(Arrays.toString(a), Arrays.toString(c));
  }

  @Test
  void second_firstLearnerPerfect_fallsBackToEveryRow() {
    // given L1 right everywhere, so no wrong rows to pair with
    int[] labels = {0, 1, 1, 0};

    // when
    int[] rows = SchapireSets.second(labels, labels.clone(), new SplittableRandom(Tolerances.SEED));

    // then
    assertArrayEquals(new int[] {0, 1, 2, 3}, rows);
  }

  @Test
  void third_disagreements_areTheRowsInOrder() {
    // given L1 and L2 disagree on rows 1 and 3
    int[] first = {0, 1, 1, 0, 2};
    int[] second = {0, 0, 1, 1, 2};

    // when
    int[] rows = SchapireSets.third(first, second);

    // then
    assertArrayEquals(new int[] {1, 3}, rows);
  }

  @Test
  void third_noDisagreement_fallsBackToEveryRow() {
    // given
    int[] same = {2, 0, 1};

    // when
    int[] rows = SchapireSets.third(same, same.clone());

    // then
    assertArrayEquals(new int[] {0, 1, 2}, rows);
  }
}
