package org.nonlin.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.Dataset;
import org.nonlin.data.Split;
import org.nonlin.nn.Architecture;
import org.nonlin.testing.Tolerances;

class ImbalanceProblemsTest {

  @TempDir Path empty;

  @Test
  void doubleArc_studySizes_bothPartsAtNineteenToOneAndTrainingInUnitSquare() {
    // when
    ImbalanceProblem arc =
        ImbalanceProblems.doubleArc(
            ImbalanceProblems.ARC_MAJORITY, ImbalanceProblems.ARC_MINORITY, 50, Tolerances.SEED);

    // then
    assertArrayEquals(new int[] {1900, 100}, arc.data().train().classCounts());
    assertArrayEquals(new int[] {1900, 100}, arc.data().test().classCounts());
    assertEquals(1, arc.minorityClass());
    Dataset train = arc.data().train();
    for (int r = 0; r < train.rows(); r++) {
      for (int c = 0; c < train.cols(); c++) {
        float v = train.feature(r, c);
        assertTrue(v >= 0 && v <= 1, "feature " + v + " at row " + r);
      }
    }
  }

  @Test
  void coinHole_studySizes_bothPartsAtTheGivenCounts() {
    // when
    ImbalanceProblem coin =
        ImbalanceProblems.coinHole(ImbalanceProblems.coinCounts(), 10, Tolerances.SEED);

    // then
    assertArrayEquals(new int[] {1000, 300, 100}, coin.data().train().classCounts());
    assertArrayEquals(new int[] {1000, 300, 100}, coin.data().test().classCounts());
    assertEquals(2, coin.minorityClass());
  }

  @Test
  void adult_folderWithoutTheFiles_isEmpty() {
    assertTrue(ImbalanceProblems.adult(empty, 1, Tolerances.SEED).isEmpty());
  }

  @Test
  void epochsFor_otherSetSizes_keepTheStepsOfPlainTraining() {
    // given 50 epochs over 1,900 + 100 rows
    ImbalanceProblem arc = ImbalanceProblems.doubleArc(1900, 100, 50, Tolerances.SEED);

    // then 50 · 2000 / 200 = 500; 50 · 2000 / 3800 = 26.3 → 26; a huge set still gets 1
    assertEquals(500, arc.epochsFor(200));
    assertEquals(26, arc.epochsFor(3800));
    assertEquals(1, arc.epochsFor(Integer.MAX_VALUE));
    assertEquals(26, arc.members(3800, null).config().maxEpochs());
  }

  @Test
  void constructor_architectureForOtherClasses_throws() {
    ImbalanceProblem arc = ImbalanceProblems.doubleArc(19, 1, 1, Tolerances.SEED);
    Split data = arc.data();
    Architecture threeClasses = Architecture.parse("2-2sigmoid-3softmax");

    assertThrows(
        IllegalArgumentException.class,
        () -> new ImbalanceProblem("arc", "", data, threeClasses, arc.config()));
  }
}
