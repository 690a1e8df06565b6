package org.nonlin.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One figure of every sweep run laid out for a heat map: rows are learning rates, columns batch
 * sizes, both ascending. A cell with no run, or whose run diverged, holds NaN.
 *
 * @param metric what the cells hold, e.g. {@code val_accuracy}
 * @param learningRates the row labels
 * @param batchSizes the column labels
 * @param values {@code values[row][column]}; copied in and out
 */
public record SweepMatrix(
    String metric, List<Double> learningRates, List<Integer> batchSizes, double[][] values) {

  /** Checks the shape and copies everything. */
  public SweepMatrix {
    learningRates = List.copyOf(learningRates);
    batchSizes = List.copyOf(batchSizes);
    if (values.length != learningRates.size()) {
      throw new IllegalArgumentException(
          values.length + " rows of values for " + learningRates.size() + " learning rates");
    }
    values = values.clone();
    for (int r = 0; r < values.length; r++) {
      if (values[r].length != batchSizes.size()) {
        throw new IllegalArgumentException(
            "row "
                + r
                + " has "
                + values[r].length
                + " values for "
                + batchSizes.size()
                + " sizes");
      }
      values[r] = values[r].clone();
    }
  }

  /** A copy of the cells. */
  @Override
  public double[][] values() {
    double[][] copy = values.clone();
    for (int r = 0; r < copy.length; r++) {
      copy[r] = copy[r].clone();
    }
    return copy;
  }

  /** The cell of the {@code row}-th learning rate and the {@code column}-th batch size. */
  public double value(int row, int column) {
    return values[row][column];
  }

  /**
   * A JSON-ready map: {@code metric}, {@code rows} (the rates), {@code columns} (the batch sizes)
   * and {@code values}, a list of rows in which NaN is null.
   */
  public Map<String, Object> toMap() {
    List<Object> rows = new ArrayList<>(values.length);
    for (double[] row : values) {
      List<Object> cells = new ArrayList<>(row.length);
      for (double v : row) {
        cells.add(Numbers.json(v));
      }
      rows.add(Collections.unmodifiableList(cells));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("metric", metric);
    map.put("rows", learningRates);
    map.put("columns", batchSizes);
    map.put("values", Collections.unmodifiableList(rows));
    return Collections.unmodifiableMap(map);
  }
}
