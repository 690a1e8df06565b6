package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** UCI Adult as shipped in /work/shared/data (skipped where that folder is absent). */
class AdultCsvTest {

  private static final Path ADULT = Path.of("/work/shared/data/uci-adult");

  private static CsvTable train;

  @BeforeAll
  static void readTrainingFile() throws IOException {
    assumeTrue(Files.isDirectory(ADULT));
    train = new CsvReader(CsvOptions.DEFAULTS).read(ADULT.resolve("adult.data"));
  }

  @Test
  void read_adultData_allRowsAndClassCounts() {
    // when read with the defaults (comma plus space, ? missing, blank last line)

    // then 32,561 rows: 24,720 <=50K and 7,841 >50K; 6 numeric and 8 categorical columns
    assertEquals(32_561, train.dataset().rows());
    assertEquals(List.of("<=50K", ">50K"), train.dataset().classNames());
    assertArrayEquals(new int[] {24_720, 7_841}, train.dataset().classCounts());
    long numeric =
        train.encoding().columns().stream().filter(c -> c.kind() == ColumnKind.NUMERIC).count();
    assertEquals(6, numeric);
    assertEquals(0, train.droppedRows());
  }

  @Test
  void readWithEncoding_adultTest_countsAndSameWidth() throws IOException {
    // when
    CsvTable test =
        new CsvReader(CsvOptions.DEFAULTS).read(ADULT.resolve("adult.test"), train.encoding());

    // then 16,281 rows: 12,435 <=50K and 3,846 >50K, encoded to the training width
    assertEquals(16_281, test.dataset().rows());
    assertArrayEquals(new int[] {12_435, 3_846}, test.dataset().classCounts());
    assertEquals(train.dataset().cols(), test.dataset().cols());
    assertEquals(train.dataset().featureNames(), test.dataset().featureNames());
  }

  @Test
  void read_adultDataDroppingMissing_knownCompleteRows() throws IOException {
    // when
    CsvTable complete =
        new CsvReader(CsvOptions.builder().missing(CsvOptions.Missing.DROP_ROWS).build())
            .read(ADULT.resolve("adult.data"));

    // then 2,399 rows hold a '?' (grep -c '?' adult.data), leaving 32,561 - 2,399 = 30,162
    assertEquals(30_162, complete.dataset().rows());
    assertEquals(2_399, complete.droppedRows());
  }
}
