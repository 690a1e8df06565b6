package org.nonlin.imbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nonlin.data.Dataset;
import org.nonlin.testing.Tolerances;

class TomekLinksTest {

  @Test
  void resample_twoLinks_removesTheirMajorityMembers() {
    // given, on a line: a at 0, 1, 2, 5, 8, 20 and b at 5.4, 10, 10.5, 20.2. The mutual nearest
    // pairs of different classes are (5, 5.4) and (20, 20.2). Not links: 8 -> 10 (at 2, nearer
    // than 5.4 at 2.6) but 10 -> 10.5; 1 -> 0 (tie with 2, lower row) and 0 -> 1, same class.
    Dataset line =
        TestData.rows(
            2,
            new double[] {0, 0},
            new double[] {0, 1},
            new double[] {0, 2},
            new double[] {0, 5},
            new double[] {0, 8},
            new double[] {0, 20},
            new double[] {1, 5.4},
            new double[] {1, 10},
            new double[] {1, 10.5},
            new double[] {1, 20.2});

    // when
    Dataset out = new TomekLinks().resample(line, Tolerances.SEED);

    // then: a (6 rows) is the larger class, so 5 and 20 go; b is untouched
    assertEquals(List.of(0f, 1f, 2f, 8f, 5.4f, 10f, 10.5f, 20.2f), TestData.firstFeature(out));
    assertArrayEquals(new int[] {4, 4}, out.classCounts());
  }

  @Test
  void resample_equalClassSizes_removesBothMembers() {
    // given: a at 0 and 5, b at 5.3 and 10; 5 and 5.3 are a link, 0 -> 5 and 10 -> 5.3 are not
    Dataset line =
        TestData.rows(
            2,
            new double[] {0, 0},
            new double[] {0, 5},
            new double[] {1, 5.3},
            new double[] {1, 10});

    // when
    Dataset out = new TomekLinks().resample(line, Tolerances.SEED);

    // then
    assertEquals(List.of(0f, 10f), TestData.firstFeature(out));
  }

  @Test
  void resample_threeClasses_removesLargerClassMember() {
    // given, on a line: a at 0, 20, 40, b at 10, 20.1 and c at 0.1. The links are (0, 0.1) and
    // (20, 20.1); 40 -> 20.1 and 10 -> 0.1 (at 9.9) are one-way.
    Dataset line =
        TestData.rows(
            3,
            new double[] {0, 0},
            new double[] {0, 20},
            new double[] {0, 40},
            new double[] {1, 10},
            new double[] {1, 20.1},
            new double[] {2, 0.1});

    // when
    Dataset out = new TomekLinks().resample(line, Tolerances.SEED);

    // then: link (0, 0.1) drops a's 0 (3 > 1); link (20, 20.1) drops a's 20 (3 > 2)
    assertEquals(List.of(40f, 10f, 20.1f, 0.1f), TestData.firstFeature(out));
  }

  @Test
  void resample_everyRowLinked_refusedRatherThanEmptyClass() {
    // given: two equally large classes whose rows all pair up across classes
    Dataset line =
        TestData.rows(
            2,
            new double[] {0, 0},
            new double[] {0, 10},
            new double[] {1, 0.1},
            new double[] {1, 10.1});

    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new TomekLinks().resample(line, 1));

    // then
    assertTrue(e.getMessage().startsWith("tomek: every sample of class 'a' is in a Tomek link"));
  }
}
