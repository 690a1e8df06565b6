package org.nonlin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.BuiltinData;
import org.nonlin.ensemble.Ensemble;
import org.nonlin.ensemble.EnsembleFiles;
import org.nonlin.train.TrainConfig;

class BalanceCommandTest {

  @TempDir Path dir;

  /** The coin hole's training class counts at the default seed, as the command loads them. */
  private static int[] coinCounts() {
    return BuiltinData.find("coin-hole").load(TrainConfig.DEFAULT_SEED).train().classCounts();
  }

  /** The "after" column of the counts table, one entry per class (the "all" row left out). */
  private static int[] afterCounts(Cli cli, int classes) {
    List<String> lines = cli.out().lines().toList();
    int[] after = new int[classes];
    for (int c = 0; c < classes; c++) {
      String[] cells = lines.get(3 + c).trim().split("\\s+");
      after[c] = Integer.parseInt(cells[2]);
    }
    return after;
  }

  /** Fails unless the command failed with exit code 2 and one line on standard error. */
  private static void assertOneLineError(Cli cli) {
    assertEquals(2, cli.code());
    assertEquals(1, cli.err().lines().count(), cli.err());
  }

  @Test
  void balance_underOnCoinHole_everyClassAtTheSmallestCount() {
    // given
    int smallest = Arrays.stream(coinCounts()).min().orElseThrow();

    // when
    Cli cli = Cli.run("balance", "--data", "coin-hole", "--method", "under");

    // then
    assertEquals(0, cli.code(), cli.err());
    assertArrayEquals(new int[] {smallest, smallest, smallest}, afterCounts(cli, 3));
  }

  @Test
  void balance_overOnCoinHoleWithCsvOut_everyClassAtTheLargestCountAndWritten() throws IOException {
    // given
    int largest = Arrays.stream(coinCounts()).max().orElseThrow();
    Path csv = dir.resolve("over.csv");

    // when
    Cli cli =
        Cli.run("balance", "--data", "coin-hole", "--method", "over", "--out", csv.toString());

    // then: a header and 3 · largest rows, the class name last
    assertEquals(0, cli.code(), cli.err());
    assertArrayEquals(new int[] {largest, largest, largest}, afterCounts(cli, 3));
    List<String> lines = Files.readAllLines(csv);
    assertEquals("x1,x2,label", lines.get(0));
    assertEquals(1 + 3 * largest, lines.size());
    assertTrue(lines.get(1).matches("[-0-9.E]+,[-0-9.E]+,[123]"), lines.get(1));
  }

  @Test
  void balance_smoteWithMoreNeighboursThanAClassHas_oneLineAndExitTwo() {
    // when: the coin hole's smallest class has fewer than 501 rows
    Cli cli = Cli.run("balance", "--data", "coin-hole", "--method", "smote(k=500)");

    // then
    assertOneLineError(cli);
    assertTrue(cli.err().contains("k = 500"), cli.err());
  }

  @Test
  void balance_unknownMethod_oneLineWithoutTheFormsAndExitTwo() {
    // when: the sampler parser lists its accepted forms on further lines
    Cli cli = Cli.run("balance", "--data", "coin-hole", "--method", "frob");

    // then
    assertOneLineError(cli);
    assertTrue(cli.err().startsWith("nonlin: sampler 'frob' is not valid"), cli.err());
  }

  @Test
  void balance_underBelowOneSample_oneLineAndExitTwo() {
    // when
    Cli cli = Cli.run("balance", "--data", "coin-hole", "--method", "under(counts=0)");

    // then
    assertOneLineError(cli);
    assertTrue(cli.err().contains("below one sample"), cli.err());
  }

  @Test
  void balance_weights_printsBalancedWeightOfEachClass() {
    // given
    int[] counts = coinCounts();

    // when
    Cli cli = Cli.run("balance", "--data", "coin-hole", "--method", "weights");

    // then class "1" weighs n / (k · n_1) = 1000 / (3 · n_1)
    assertEquals(0, cli.code(), cli.err());
    String expected = String.format(Locale.ROOT, "%.4f", 1000.0 / (3 * counts[0]));
    assertTrue(cli.out().lines().anyMatch(l -> l.trim().startsWith("1") && l.endsWith(expected)));
  }

  @Test
  void balance_baggingOfTwo_writesAnEnsembleThatLoads() throws IOException {
    // given
    Path model = dir.resolve("bag.nonlin");

    // when
    Cli cli =
        Cli.run(
            "balance",
            "--data",
            "double-arc",
            "--method",
            "bagging(2)",
            "--epochs",
            "2",
            "--model-out",
            model.toString());

    // then
    assertEquals(0, cli.code(), cli.err());
    Ensemble ensemble = EnsembleFiles.load(model);
    assertEquals(2, ensemble.members().size());
    assertTrue(Files.exists(dir.resolve("bag.normalizer.json")));
  }

  @Test
  void balance_outWithWeights_oneLineAndExitTwo() {
    // when
    Cli cli =
        Cli.run(
            "balance",
            "--data",
            "coin-hole",
            "--method",
            "weights",
            "--out",
            dir.resolve("w.csv").toString());

    // then
    assertOneLineError(cli);
  }
}
