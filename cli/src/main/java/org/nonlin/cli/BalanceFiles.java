package org.nonlin.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nonlin.data.Dataset;
import org.nonlin.data.io.ColumnEncoding;
import org.nonlin.data.io.ColumnKind;
import org.nonlin.data.io.NpzDatasets;
import org.nonlin.data.io.TableEncoding;
import org.nonlin.io.AtomicFiles;
import org.nonlin.io.Decimals;

/**
 * What {@code nonlin balance} reads from a CSV encoding and writes: the one-hot feature columns a
 * sampler must not interpolate, and resampled data as CSV or npz.
 */
final class BalanceFiles {

  /** The label column's name in written CSV files when the source names none. */
  static final String LABEL = "label";

  private BalanceFiles() {}

  /** Whether a path names an npz archive (by extension, any case). */
  static boolean isNpz(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz");
  }

  /**
   * The indices of the features that one-hot encode a categorical column, from the JSON form of a
   * CSV table encoding; none for an empty map (built-in, npz and MNIST data).
   */
  static Set<Integer> categoricalFeatures(Map<String, Object> encoding) {
    Set<Integer> features = new HashSet<>();
    if (encoding.isEmpty()) {
      return features;
    }
    int at = 0;
    for (ColumnEncoding column : TableEncoding.fromMap(encoding).columns()) {
      for (int k = 0; k < column.width(); k++) {
        if (column.kind() == ColumnKind.CATEGORICAL) {
          features.add(at + k);
        }
      }
      at += column.width();
    }
    return features;
  }

  /**
   * Writes a classification data set atomically: npz by {@link NpzDatasets#write}, anything else as
   * CSV with a header and the class name last. Without an encoding the columns are the feature
   * names and {@link #LABEL}. With the JSON form of a CSV table encoding the rows are decoded back
   * to the table's columns, in table order without ignored columns and with the label column last:
   * a numeric feature as its value, a one-hot group as the category of its largest entry (ties to
   * the first). Numbers are written in shortest round-trip form.
   */
  static void write(Dataset data, Map<String, Object> encoding, Path file) throws IOException {
    if (isNpz(file)) {
      NpzDatasets.write(file, data);
      return;
    }
    TableEncoding table = encoding.isEmpty() ? null : TableEncoding.fromMap(encoding);
    AtomicFiles.write(
        file,
        out -> {
          Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          csv.write(String.join(",", header(data, table)));
          csv.write('\n');
          for (int r = 0; r < data.rows(); r++) {
            for (String cell : cells(data, table, r)) {
              csv.write(Csv.quote(cell));
              csv.write(',');
            }
            csv.write(Csv.quote(data.classNames().get(data.label(r))));
            csv.write('\n');
          }
          csv.flush();
        });
  }

  private static List<String> header(Dataset data, TableEncoding table) {
    List<String> names = new ArrayList<>();
    String label = LABEL;
    if (table == null) {
      names.addAll(data.featureNames());
    } else {
      for (ColumnEncoding column : table.columns()) {
        if (column.width() > 0) {
          names.add(column.name());
        }
      }
      label = table.columnNames().get(table.labelColumn());
    }
    names.add(label);
    names.replaceAll(Csv::quote);
    return names;
  }

  /** The feature cells of row r: one per feature, or one per table column when decoding. */
  private static List<String> cells(Dataset data, TableEncoding table, int r) {
    List<String> cells = new ArrayList<>();
    if (table == null) {
      for (int c = 0; c < data.cols(); c++) {
        cells.add(Decimals.format(data.feature(r, c)));
      }
      return cells;
    }
    int at = 0;
    for (ColumnEncoding column : table.columns()) {
      if (column.kind() == ColumnKind.NUMERIC) {
        cells.add(Decimals.format(data.feature(r, at)));
      } else if (column.kind() == ColumnKind.CATEGORICAL) {
        int best = 0;
        for (int k = 1; k < column.width(); k++) {
          if (data.feature(r, at + k) > data.feature(r, at + best)) {
            best = k;
          }
        }
        cells.add(column.categories().get(best));
      }
      at += column.width();
    }
    return cells;
  }
}
