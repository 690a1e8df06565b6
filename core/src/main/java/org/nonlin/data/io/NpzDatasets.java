package org.nonlin.data.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nonlin.data.Dataset;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.Decimals;

/**
 * Data sets stored as {@code .npz} archives the way the course stores them: an array {@value
 * #FEATURES} of shape (n, features) and an array {@value #LABELS} of shape (n, 1) (or (n,)).
 *
 * <p>For classification the distinct label values, sorted in increasing numeric order, become the
 * class indices 0, 1, ..., and the class names are the values as text: whole numbers without a
 * decimal point ("1", "2", "3" for labels 1.0, 2.0, 3.0), others in shortest form ("0.5"). For
 * regression the label array is the target matrix, (n, k) or (n,).
 */
public final class NpzDatasets {

  /** Name of the feature array. */
  public static final String FEATURES = "data";

  /** Name of the label (or target) array. */
  public static final String LABELS = "label";

  private NpzDatasets() {}

  /**
   * Reads a classification data set.
   *
   * @throws DataFormatException naming the file when an array is missing, the shapes disagree, a
   *     value is not finite or there are fewer than two classes
   */
  public static Dataset read(Path file) throws IOException {
    Map<String, NdArray> arrays = Npz.read(file);
    NdArray x = features(arrays, file);
    double[] values = labels(arrays, file, x.dim(0), true).toDoubleArray();
    double[] classes = distinctSorted(values, file);
    int[] labels = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      labels[i] = Arrays.binarySearch(classes, values[i] + 0.0); // + 0.0 turns -0.0 into 0.0
    }
    List<String> names = new ArrayList<>(classes.length);
    for (double value : classes) {
      names.add(className(value));
    }
    try {
      return Dataset.classification(x.toFloatArray(), x.dim(1), labels, null, names);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, "array '" + FEATURES + "': " + e.getMessage(), null);
    }
  }

  /**
   * Reads a regression data set whose targets are the {@value #LABELS} array.
   *
   * @throws DataFormatException naming the file when an array is missing, the shapes disagree or a
   *     value is not finite
   */
  public static Dataset readRegression(Path file) throws IOException {
    Map<String, NdArray> arrays = Npz.read(file);
    NdArray x = features(arrays, file);
    NdArray y = labels(arrays, file, x.dim(0), false);
    int targetCols = y.rank() == 1 ? 1 : y.dim(1);
    try {
      return Dataset.regression(x.toFloatArray(), x.dim(1), y.toFloatArray(), targetCols, null);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, e.getMessage(), null);
    }
  }

  /**
   * Writes a data set as a compressed archive: features as float32 (rows, cols); class labels as
   * float64 (rows, 1) holding the class names' values when every class name is a number, else the
   * class indices as int64 (rows, 1); regression targets as float32 (rows, targets).
   */
  public static void write(Path file, Dataset dataset) throws IOException {
    Map<String, NdArray> arrays = new LinkedHashMap<>();
    arrays.put(FEATURES, NdArray.of(dataset.featureArray(), dataset.rows(), dataset.cols()));
    if (!dataset.isClassification()) {
      int targets = dataset.outputWidth();
      arrays.put(LABELS, NdArray.of(dataset.targetArray(), dataset.rows(), targets));
    } else {
      arrays.put(LABELS, labelArray(dataset));
    }
    Npz.write(file, arrays);
  }

  private static NdArray labelArray(Dataset dataset) {
    int[] labels = dataset.labels();
    double[] classValues = new double[dataset.numClasses()];
    for (int c = 0; c < classValues.length; c++) {
      classValues[c] = Decimals.parse(dataset.classNames().get(c));
      if (!Double.isFinite(classValues[c])) {
        long[] indices = Arrays.stream(labels).asLongStream().toArray();
        return NdArray.of(indices, labels.length, 1);
      }
    }
    double[] values = new double[labels.length];
    for (int i = 0; i < labels.length; i++) {
      values[i] = classValues[labels[i]];
    }
    return NdArray.of(values, labels.length, 1);
  }

  private static NdArray features(Map<String, NdArray> arrays, Path file) {
    NdArray x = require(arrays, FEATURES, file);
    if (x.rank() == 1) {
      return NdArray.ofLittleEndian(x.dtype(), x.toLittleEndianBytes(), x.dim(0), 1);
    }
    if (x.rank() != 2 || x.dim(0) == 0 || x.dim(1) == 0) {
      throw badShape(file, FEATURES, x, "(samples, features) with both at least 1");
    }
    return x;
  }

  private static NdArray labels(
      Map<String, NdArray> arrays, Path file, int rows, boolean oneColumn) {
    NdArray y = require(arrays, LABELS, file);
    boolean rowsMatch = y.rank() >= 1 && y.dim(0) == rows;
    boolean columnsOk = y.rank() == 1 || (y.rank() == 2 && (!oneColumn || y.dim(1) == 1));
    if (!rowsMatch || !columnsOk) {
      String expected =
          oneColumn
              ? "(" + rows + ", 1) or (" + rows + ",)"
              : "(" + rows + ", targets) or (" + rows + ",)";
      throw badShape(
          file, LABELS, y, expected + " for the " + rows + " rows of '" + FEATURES + "'");
    }
    return y;
  }

  private static DataFormatException badShape(
      Path file, String name, NdArray array, String expected) {
    String shape = NdArray.shapeText(array.shape());
    return new DataFormatException(
        file,
        0,
        name,
        shape,
        "array '" + name + "' has shape " + shape + " but " + expected + " is expected",
        null);
  }

  private static NdArray require(Map<String, NdArray> arrays, String name, Path file) {
    NdArray array = arrays.get(name);
    if (array == null) {
      throw new DataFormatException(
          file,
          0,
          name,
          null,
          "has no array named '" + name + "'",
          "its arrays are "
              + arrays.keySet()
              + "; a data set needs '"
              + FEATURES
              + "' and '"
              + LABELS
              + "'");
    }
    return array;
  }

  private static double[] distinctSorted(double[] values, Path file) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new DataFormatException(
            file,
            0,
            LABELS,
            Double.toString(values[i]),
            "array '"
                + LABELS
                + "' holds "
                + values[i]
                + " at row "
                + i
                + "; class labels must be finite",
            null);
      }
    }
    double[] classes = Arrays.stream(values).map(v -> v + 0.0).sorted().distinct().toArray();
    if (classes.length < 2) {
      throw new DataFormatException(
          file,
          0,
          LABELS,
          null,
          "array '"
              + LABELS
              + "' holds a single class"
              + (classes.length == 1 ? " " + className(classes[0]) : ""),
          "a classifier needs at least two classes");
    }
    return classes;
  }

  /** A class value as text: whole numbers without a decimal point, others in shortest form. */
  static String className(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
      return Long.toString((long) value);
    }
    return Decimals.format(value);
  }
}
