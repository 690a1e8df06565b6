package org.nonlin.tune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.nonlin.tune.Fixtures.assertMentions;

import java.util.List;
import org.junit.jupiter.api.Test;

class SweepGridTest {

  @Test
  void presets_chapterGrids_holdTheChaptersValues() {
    List<SweepGrid> presets = SweepGrid.presets();

    assertEquals(3, presets.size());
    assertEquals(List.of(0.2, 0.3, 0.5, 0.8), SweepGrid.RATES_AT_128.learningRates());
    assertEquals(List.of(128), SweepGrid.RATES_AT_128.batchSizes());
    assertEquals(List.of(0.5), SweepGrid.BATCHES_AT_HALF.learningRates());
    assertEquals(List.of(32, 64, 128, 256), SweepGrid.BATCHES_AT_HALF.batchSizes());
    assertEquals(List.of(0.1, 0.3, 0.5, 0.7), SweepGrid.SMALL_BATCHES.learningRates());
    assertEquals(List.of(16, 32), SweepGrid.SMALL_BATCHES.batchSizes());
    assertEquals(8, SweepGrid.SMALL_BATCHES.points().size()); // 4 rates x 2 batch sizes
  }

  @Test
  void preset_byName_findsEachPreset() {
    for (SweepGrid grid : SweepGrid.presets()) {
      SweepGrid found = SweepGrid.preset(" " + grid.name() + " ");

      assertSame(grid, found);
    }
  }

  @Test
  void preset_unknownName_listsTheNames() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.preset("big"));

    assertMentions(e, "'big'", "rates-b128, batches-lr0.5, small-batches");
  }

  @Test
  void of_twoLists_pairsEveryRateWithEveryBatchSizeRatesOutermost() {
    SweepGrid grid = SweepGrid.of("g", List.of(0.5, 0.1), List.of(64, 16));

    List<GridPoint> points = grid.points();

    assertEquals(
        List.of(
            new GridPoint(0.5, 64),
            new GridPoint(0.5, 16),
            new GridPoint(0.1, 64),
            new GridPoint(0.1, 16)),
        points);
    assertEquals(List.of(0.1, 0.5), grid.learningRates()); // heat-map rows ascending
    assertEquals(List.of(16, 64), grid.batchSizes());
  }

  @Test
  void of_repeatedRate_isRejected() {
    List<Double> rates = List.of(0.1, 0.1);
    List<Integer> sizes = List.of(8);

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.of("g", rates, sizes));

    assertMentions(e, "GridPoint[learningRate=0.1, batchSize=8] twice");
  }

  @Test
  void gridPoint_zeroRate_isRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new GridPoint(0, 8));

    assertMentions(e, "learning rate 0.0", "> 0");
  }
}
