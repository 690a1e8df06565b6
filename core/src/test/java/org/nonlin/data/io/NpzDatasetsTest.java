package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;

/**
 * The fixture {@code numpy-savez.npz} was written by NumPy 2.4 the way the course's data files are:
 *
 * <pre>
 * np.savez('numpy-savez.npz',
 *     data=np.array([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6], [0.7, 0.8], [0.9, 1.0], [1.1, 1.2]]),
 *     label=np.array([[1], [2], [3], [1], [2], [3]], dtype=float))
 * </pre>
 */
class NpzDatasetsTest {

  @TempDir Path dir;

  @Test
  void read_courseLayout_classesInSortedOrderNamedByValue() throws IOException {
    // given
    Path file = Files.write(dir.resolve("coin.npz"), NpyTest.resource("numpy-savez.npz"));

    // when
    Dataset data = NpzDatasets.read(file);

    // then labels 1, 2, 3 become classes 0, 1, 2 named "1", "2", "3"
    assertEquals(6, data.rows());
    assertEquals(2, data.cols());
    assertEquals(List.of("1", "2", "3"), data.classNames());
    assertArrayEquals(new int[] {0, 1, 2, 0, 1, 2}, data.labels());
    assertEquals(0.3f, data.feature(1, 0));
    assertEquals(1.2f, data.feature(5, 1));
  }

  @Test
  void readRegression_courseLayout_labelsAreTargets() throws IOException {
    // given
    Path file = Files.write(dir.resolve("coin.npz"), NpyTest.resource("numpy-savez.npz"));

    // when
    Dataset data = NpzDatasets.readRegression(file);

    // then
    assertEquals(1, data.outputWidth());
    assertEquals(3f, data.target(2, 0));
  }

  @Test
  void read_unsortedRealLabels_sortedNumericallyWithShortestNames() throws IOException {
    // given labels 10, -0.5, 2 (numeric order -0.5 < 2 < 10, text order would put "10" first)
    Path file = dir.resolve("d.npz");
    write(file, NdArray.of(new double[] {1, 2, 3}, 3), NdArray.of(new double[] {10, -0.5, 2}, 3));

    // when
    Dataset data = NpzDatasets.read(file);

    // then a rank-1 data array is one feature per sample
    assertEquals(List.of("-0.5", "2", "10"), data.classNames());
    assertArrayEquals(new int[] {2, 0, 1}, data.labels());
    assertEquals(1, data.cols());
  }

  @Test
  void writeRead_classificationWithNumericNames_sameDataset() throws IOException {
    // given
    Dataset data =
        Dataset.classification(
            new float[] {0, 1, 2, 3}, 2, new int[] {1, 0}, null, List.of("-1", "1"));
    Path file = dir.resolve("w.npz");

    // when
    NpzDatasets.write(file, data);
    Dataset back = NpzDatasets.read(file);

    // then
    assertEquals(data.classNames(), back.classNames());
    assertArrayEquals(data.labels(), back.labels());
    assertArrayEquals(data.featureArray(), back.featureArray());
  }

  @Test
  void writeRead_textClassNames_classIndicesStored() throws IOException {
    // given
    Dataset data =
        Dataset.classification(new float[] {5, 6}, 1, new int[] {1, 0}, null, List.of("no", "yes"));
    Path file = dir.resolve("t.npz");

    // when
    NpzDatasets.write(file, data);
    Dataset back = NpzDatasets.read(file);

    // then the names cannot be stored as numbers, so the indices come back as names "0", "1"
    assertEquals(List.of("0", "1"), back.classNames());
    assertArrayEquals(new int[] {1, 0}, back.labels());
  }

  @Test
  void read_badContents_errorsNameArrayAndShapes() throws IOException {
    // given
    NdArray x = NdArray.of(new double[] {1, 2, 3, 4}, 2, 2);
    Path rows = dir.resolve("rows.npz");
    write(rows, x, NdArray.of(new double[] {1, 2, 3}, 3, 1));
    Path single = dir.resolve("single.npz");
    write(single, x, NdArray.of(new double[] {4, 4}, 2, 1));
    Path nan = dir.resolve("nan.npz");
    write(
        nan,
        NdArray.of(new double[] {1, Double.NaN, 3, 4}, 2, 2),
        NdArray.of(new double[] {0, 1}, 2));
    Path noLabel = dir.resolve("nolabel.npz");
    Npz.write(noLabel, Map.of("data", x));

    // when
    String r = assertThrows(DataFormatException.class, () -> NpzDatasets.read(rows)).getMessage();
    String s = assertThrows(DataFormatException.class, () -> NpzDatasets.read(single)).getMessage();
    String n = assertThrows(DataFormatException.class, () -> NpzDatasets.read(nan)).getMessage();
    String m =
        assertThrows(DataFormatException.class, () -> NpzDatasets.read(noLabel)).getMessage();

    // then
    assertEquals(
        rows
            + ": array 'label' has shape (3, 1) but (2, 1) or (2,) for the 2 rows of 'data' is"
            + " expected",
        r);
    assertEquals(
        single
            + ": array 'label' holds a single class 4; a classifier needs at least"
            + " two classes",
        s);
    assertTrue(n.contains("array 'data': feature value NaN at row 0, column 1"), n);
    assertTrue(m.contains("has no array named 'label'; its arrays are [data]"), m);
  }

  private static void write(Path file, NdArray data, NdArray label) throws IOException {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put("data", data);
    arrays.put("label", label);
    Npz.write(file, arrays);
  }
}
