package org.nonlin.data.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.nonlin.io.DataFormatException;

/**
 * The first pass over a training table: collects per column what the {@link TableEncoding} needs
 * (whether every value is a number, their sum, the categories and their counts) and the labels.
 * Rows that will not be encoded (no label; a missing feature under {@link
 * CsvOptions.Missing#DROP_ROWS}) do not count.
 */
final class TableFitter {

  private final Path file;
  private final CsvOptions options;
  private final List<String> names;
  private final int labelColumn;
  private final ColumnKind[] declared;
  private final Stats[] stats;
  private final Map<String, long[]> labelCounts = new HashMap<>();
  private long rows;

  /** What one column has shown so far. */
  private static final class Stats {
    long numbers;
    double sum;
    Map<String, long[]> counts = new HashMap<>();
    String firstText;
    long firstTextLine;
  }

  TableFitter(
      Path file, CsvOptions options, CsvLayout layout, int labelColumn, ColumnKind[] declared) {
    this.file = file;
    this.options = options;
    this.names = layout.columnNames();
    this.labelColumn = labelColumn;
    this.declared = declared.clone();
    this.stats = new Stats[names.size()];
    for (int c = 0; c < stats.length; c++) {
      stats[c] = new Stats();
    }
  }

  /**
   * Adds one record.
   *
   * @param fields one value per column from index 0 (the array may be longer)
   * @return whether the row counts (has a label and, when dropping, no missing feature)
   */
  boolean add(String[] fields, long line) {
    String label = fields[labelColumn];
    if (options.missingTokens().contains(label) || !keep(fields)) {
      return false;
    }
    for (int c = 0; c < names.size(); c++) {
      if (c != labelColumn
          && declared[c] != ColumnKind.IGNORED
          && !options.missingTokens().contains(fields[c])) {
        addValue(c, fields[c], line);
      }
    }
    if (options.target() == CsvOptions.Target.REGRESSION) {
      located(() -> Cells.target(label, options.stripLabelDot(), names.get(labelColumn)), line);
    } else {
      labelCounts
          .computeIfAbsent(Cells.label(label, options.stripLabelDot()), k -> new long[1])[0]++;
    }
    rows++;
    return true;
  }

  private boolean keep(String[] fields) {
    if (options.missing() != CsvOptions.Missing.DROP_ROWS) {
      return true;
    }
    for (int c = 0; c < names.size(); c++) {
      if (c != labelColumn
          && declared[c] != ColumnKind.IGNORED
          && options.missingTokens().contains(fields[c])) {
        return false;
      }
    }
    return true;
  }

  private void addValue(int c, String value, long line) {
    Stats column = stats[c];
    double number =
        located(
            () ->
                declared[c] == ColumnKind.NUMERIC
                    ? Cells.requiredNumber(value, names.get(c))
                    : Cells.number(value, names.get(c)),
            line);
    boolean categorical = declared[c] == ColumnKind.CATEGORICAL;
    if (!Double.isNaN(number) && !categorical) {
      column.numbers++;
      column.sum += number;
    } else if (column.firstText == null) {
      column.firstText = value;
      column.firstTextLine = line;
    }
    if (column.counts != null && declared[c] != ColumnKind.NUMERIC) {
      column.counts.computeIfAbsent(value, k -> new long[1])[0]++;
      if (column.counts.size() > options.maxCategories()) {
        column.counts = null; // too many to be categorical: only numbers may follow
      }
    }
    if (column.counts == null && column.firstText != null) {
      throw tooManyCategories(c, column);
    }
  }

  private DataFormatException tooManyCategories(int c, Stats column) {
    String name = names.get(c);
    String problem =
        declared[c] == ColumnKind.CATEGORICAL
            ? "categorical column '"
                + name
                + "' has more than "
                + options.maxCategories()
                + " categories"
            : "column '"
                + name
                + "' has text ('"
                + column.firstText
                + "' on line "
                + column.firstTextLine
                + ") among more than "
                + options.maxCategories()
                + " distinct values, too many for a categorical column";
    return new DataFormatException(
        file,
        column.firstTextLine,
        name,
        column.firstText,
        problem,
        "declare the column numeric to find the bad values, ignore it, or raise the category"
            + " limit");
  }

  private double located(DoubleSupplier read, long line) {
    try {
      return read.getAsDouble();
    } catch (DataFormatException e) {
      throw e.at(file, line);
    }
  }

  /** Number of rows that counted. */
  long rows() {
    return rows;
  }

  /** The fitted encoding. */
  TableEncoding finish() {
    List<ColumnEncoding> columns = new ArrayList<>();
    for (int c = 0; c < stats.length; c++) {
      columns.add(column(c));
    }
    List<String> classes = new ArrayList<>(labelCounts.keySet());
    classes.sort(classOrder(classes));
    if (options.target() == CsvOptions.Target.CLASSIFICATION && classes.size() < 2) {
      throw new DataFormatException(
          file,
          0,
          names.get(labelColumn),
          classes.isEmpty() ? null : classes.get(0),
          "label column '"
              + names.get(labelColumn)
              + "' holds "
              + (classes.isEmpty() ? "no labels" : "a single class '" + classes.get(0) + "'"),
          "a classifier needs at least two classes; check the label column");
    }
    try {
      return new TableEncoding(
          columns, options.target(), classes, options.missingTokens(), options.stripLabelDot());
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(file, e.getMessage(), "declare fewer columns ignored");
    }
  }

  private ColumnEncoding column(int c) {
    String name = names.get(c);
    if (c == labelColumn) {
      return ColumnEncoding.of(name, ColumnKind.LABEL);
    }
    if (declared[c] == ColumnKind.IGNORED) {
      return ColumnEncoding.of(name, ColumnKind.IGNORED);
    }
    Stats column = stats[c];
    if (column.numbers == 0 && (column.counts == null || column.counts.isEmpty())) {
      throw new DataFormatException(
          file,
          0,
          name,
          null,
          "column '" + name + "' has no values, only missing ones",
          "declare it ignored");
    }
    if (column.firstText == null && declared[c] != ColumnKind.CATEGORICAL) {
      return ColumnEncoding.numeric(name, column.sum / column.numbers);
    }
    List<String> categories = new ArrayList<>(column.counts.keySet());
    categories.sort(Comparator.naturalOrder());
    int mode = 0;
    for (int k = 1; k < categories.size(); k++) {
      if (column.counts.get(categories.get(k))[0] > column.counts.get(categories.get(mode))[0]) {
        mode = k;
      }
    }
    return ColumnEncoding.categorical(name, categories, mode);
  }

  /** Numeric order when every class name is a number (so "10" follows "9"), else text order. */
  private static Comparator<String> classOrder(List<String> classes) {
    for (String name : classes) {
      if (!Double.isFinite(Cells.parse(name))) {
        return Comparator.naturalOrder();
      }
    }
    return Comparator.comparingDouble(Cells::parse).thenComparing(Comparator.naturalOrder());
  }
}
