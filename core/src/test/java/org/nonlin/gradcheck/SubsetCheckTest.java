package org.nonlin.gradcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.nn.Network;
import org.nonlin.testing.Tolerances;

class SubsetCheckTest {

  @Test
  void choose_fewerThanAvailable_givesDistinctSortedIndicesInRange() {
    // given
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    // when
    int[] chosen = Subsets.choose(100, 7, random);

    // then
    assertEquals(7, chosen.length);
    for (int i = 0; i < chosen.length; i++) {
      assertTrue(chosen[i] >= 0 && chosen[i] < 100, "index " + chosen[i]);
      assertTrue(i == 0 || chosen[i] > chosen[i - 1], "increasing and distinct at " + i);
    }
  }

  @Test
  void choose_asManyAsAvailable_givesAllInOrderWithoutDrawing() {
    // given
    SplittableRandom used = new SplittableRandom(Tolerances.SEED);
    SplittableRandom untouched = new SplittableRandom(Tolerances.SEED);

    // when
    int[] chosen = Subsets.choose(4, 9, used);

    // then
    assertArrayEquals(new int[] {0, 1, 2, 3}, chosen);
    assertEquals(untouched.nextLong(), used.nextLong());
  }

  @Test
  void run_subsetWithSameSeed_givesTheSameReport() {
    // given a net whose W1 (10x24 = 240) and W2 (24x6 = 144) exceed 20 per group
    Network network = Fixtures.network("10-24tanh-6softmax");
    GradientCheckOptions options = Fixtures.builder().maxPerGroup(20).build();

    // when
    GradientCheckReport first = GradientCheck.run(network, options);
    GradientCheckReport second = GradientCheck.run(network, options);

    // then
    assertEquals(first, second);
  }

  @Test
  void run_subset_checksAtMostTheCapPerGroupOverTheSubset() {
    // given
    Network network = Fixtures.network("10-24tanh-6softmax");

    // when
    GradientCheckReport report =
        GradientCheck.run(network, Fixtures.builder().maxPerGroup(20).build());

    // then W1 20/240, B1 20/24, W2 20/144, B2 6/6: 66 of 240 + 24 + 144 + 6 = 414
    int[] checked = {20, 20, 20, 6};
    int[] total = {240, 24, 144, 6};
    for (int g = 0; g < checked.length; g++) {
      assertEquals(checked[g], report.groups().get(g).checked());
      assertEquals(total[g], report.groups().get(g).total());
    }
    assertEquals(66, report.checkedParameters());
    assertEquals(414, report.totalParameters());
    assertEquals(Verdict.CORRECT, report.verdict(), report::toTable);
  }

  @Test
  void run_subsetWithAnotherSeed_checksOtherParameters() {
    // given
    Network network = Fixtures.network("10-24tanh-6softmax");
    CheckData data = Fixtures.data(network);
    GradientCheckOptions options = Fixtures.builder().maxPerGroup(20).build();

    // when
    GradientCheckReport first = GradientCheck.run(network, data, options);
    GradientCheckReport second =
        GradientCheck.run(network, data, options.toBuilder().seed(1).build());

    // then
    assertNotEquals(first.group("W1").diff(), second.group("W1").diff());
  }
}
