package org.nonlin.data.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.JsonFields;

/**
 * How the text of a table's columns becomes features and labels, as fitted on training data by
 * {@link CsvReader}; immutable, so that evaluation and prediction encode new rows exactly as the
 * training rows were encoded, and serialisable with the model ({@link #toMap()}, {@link
 * #fromMap(Map)}).
 *
 * <p>Per column ({@link ColumnEncoding}): a numeric column gives one feature, its value, with
 * missing values replaced by the training mean; a categorical column gives one feature per training
 * category (one-hot: 1 for the row's category, 0 for the others; categories sorted by {@link
 * String#compareTo}), with missing values replaced by the most frequent training category, and a
 * category not seen in training encodes as all zeros; ignored and label columns give none. Features
 * follow the column order. Class labels map to class indices in the order of {@link #classNames()};
 * a label not seen in training is an error naming it.
 */
public final class TableEncoding {

  /** Version of the map layout written by {@link #toMap()}. */
  public static final int FORMAT_VERSION = 1;

  private final List<ColumnEncoding> columns;
  private final int labelColumn;
  private final CsvOptions.Target target;
  private final List<String> classNames;
  private final Set<String> missingTokens;
  private final boolean stripLabelDot;
  private final int width;
  private final List<String> featureNames;
  private final List<Map<String, Integer>> categoryIndex;
  private final Map<String, Integer> classIndex;

  /**
   * An encoding.
   *
   * @param columns every column of the table in order, exactly one of kind {@link
   *     ColumnKind#LABEL}, at least one giving features
   * @param target classification or regression
   * @param classNames for classification the class names (at least 2, distinct) in class-index
   *     order; empty for regression
   * @param missingTokens field values that mean "missing"
   * @param stripLabelDot whether one trailing '.' is removed from labels
   * @throws IllegalArgumentException naming what is inconsistent
   */
  public TableEncoding(
      List<ColumnEncoding> columns,
      CsvOptions.Target target,
      List<String> classNames,
      Set<String> missingTokens,
      boolean stripLabelDot) {
    if (target == null) {
      throw new IllegalArgumentException("target must not be null");
    }
    this.columns = List.copyOf(columns);
    this.target = target;
    this.classNames = List.copyOf(classNames);
    this.missingTokens = Set.copyOf(missingTokens);
    this.stripLabelDot = stripLabelDot;
    this.labelColumn = findLabel(this.columns);
    this.featureNames = new ArrayList<>();
    this.categoryIndex = new ArrayList<>();
    for (ColumnEncoding column : this.columns) {
      Map<String, Integer> index = new HashMap<>();
      for (String category : column.categories()) {
        index.put(category, index.size());
        featureNames.add(column.name() + "=" + category);
      }
      if (column.kind() == ColumnKind.NUMERIC) {
        featureNames.add(column.name());
      }
      categoryIndex.add(index);
    }
    this.width = featureNames.size();
    this.classIndex = new HashMap<>();
    for (String name : this.classNames) {
      classIndex.put(name, classIndex.size());
    }
    checkTarget();
  }

  private static int findLabel(List<ColumnEncoding> columns) {
    int found = -1;
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).kind() == ColumnKind.LABEL) {
        if (found >= 0) {
          throw new IllegalArgumentException(
              "columns " + found + " and " + c + " are both labels; a table has one label column");
        }
        found = c;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException("no column is the label column");
    }
    return found;
  }

  private void checkTarget() {
    if (width == 0) {
      throw new IllegalArgumentException("no column gives features; all are ignored or the label");
    }
    boolean classification = target == CsvOptions.Target.CLASSIFICATION;
    if (classification
        ? classIndex.size() < 2 || classIndex.size() != classNames.size()
        : !classNames.isEmpty()) {
      throw new IllegalArgumentException(
          "class names "
              + classNames
              + " must be at least 2 distinct names for classification"
              + " and none for regression");
    }
  }

  /** Every column in table order, the label column included. */
  public List<ColumnEncoding> columns() {
    return columns;
  }

  /** The names of all columns in table order. */
  public List<String> columnNames() {
    return columns.stream().map(ColumnEncoding::name).toList();
  }

  /** The 0-based position of the label column. */
  public int labelColumn() {
    return labelColumn;
  }

  /** Classification or regression. */
  public CsvOptions.Target target() {
    return target;
  }

  /** Class names in class-index order; empty for regression. */
  public List<String> classNames() {
    return classNames;
  }

  /** Field values that mean "missing". */
  public Set<String> missingTokens() {
    return missingTokens;
  }

  /** Whether one trailing '.' is removed from labels. */
  public boolean stripLabelDot() {
    return stripLabelDot;
  }

  /** Number of features a row encodes to. */
  public int width() {
    return width;
  }

  /** One name per feature: the column name, or {@code column=category} for one-hot features. */
  public List<String> featureNames() {
    return List.copyOf(featureNames);
  }

  /** True when a field value means "missing". */
  public boolean isMissing(String value) {
    return missingTokens.contains(value);
  }

  /**
   * Encodes the features of one row.
   *
   * @param fields the trimmed field values of every column in table order, or of every column but
   *     the label column (for prediction)
   * @param out receives {@link #width()} features from {@code offset}; modified
   * @return how many missing values were imputed
   * @throws DataFormatException (without file and line, for the caller to add) when the number of
   *     fields is wrong or a numeric column holds text or a non-finite number
   */
  public int encodeFeatures(String[] fields, float[] out, int offset) {
    return encodeFeatures(fields, fields.length, out, offset);
  }

  int encodeFeatures(String[] fields, int count, float[] out, int offset) {
    int skip = checkFieldCount(count);
    int imputed = 0;
    int at = offset;
    for (int c = 0; c < columns.size(); c++) {
      ColumnEncoding column = columns.get(c);
      if (column.width() == 0) {
        continue;
      }
      String value = fields[c < labelColumn ? c : c - skip];
      boolean missing = missingTokens.contains(value);
      imputed += missing ? 1 : 0;
      if (column.kind() == ColumnKind.NUMERIC) {
        out[at] = (float) (missing ? column.mean() : Cells.requiredNumber(value, column.name()));
      } else {
        Integer category =
            missing ? Integer.valueOf(column.mode()) : categoryIndex.get(c).get(value);
        for (int k = 0; k < column.width(); k++) {
          out[at + k] = category != null && k == category ? 1f : 0f;
        }
      }
      at += column.width();
    }
    return imputed;
  }

  /** 0 when the fields include the label column, 1 when they leave it out. */
  private int checkFieldCount(int count) {
    if (count == columns.size() || count == columns.size() - 1) {
      return columns.size() - count;
    }
    throw new DataFormatException(
        null,
        0,
        null,
        null,
        "row has "
            + count
            + " fields but the table has "
            + columns.size()
            + " columns "
            + columnNames(),
        "every row needs one field per column (the label column may be left out to predict)");
  }

  /**
   * True when a feature column (not ignored, not the label) of the row is missing.
   *
   * @param fields as for {@link #encodeFeatures(String[], float[], int)}
   */
  public boolean hasMissingFeature(String[] fields) {
    return hasMissingFeature(fields, fields.length);
  }

  boolean hasMissingFeature(String[] fields, int count) {
    int skip = checkFieldCount(count);
    for (int c = 0; c < columns.size(); c++) {
      if (columns.get(c).width() > 0
          && missingTokens.contains(fields[c < labelColumn ? c : c - skip])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The class index of a label value (after trailing-dot stripping).
   *
   * @throws DataFormatException naming the label and the known classes when it was not seen in
   *     training
   */
  public int classIndex(String label) {
    String name = Cells.label(label, stripLabelDot);
    Integer index = classIndex.get(name);
    if (index == null) {
      throw new DataFormatException(
          null,
          0,
          columns.get(labelColumn).name(),
          label,
          "label '" + name + "' was not seen in training; the classes are " + classNames,
          "evaluate on data with the training classes, or train again with this class");
    }
    return index;
  }

  /**
   * The regression target of a label value.
   *
   * @throws DataFormatException naming the value when it is not a finite number
   */
  public float targetValue(String label) {
    return Cells.target(label, stripLabelDot, columns.get(labelColumn).name());
  }

  /**
   * This encoding as a JSON-compatible map: {@code {"version": 1, "target": "classification",
   * "classes": [...], "missing": [...], "stripLabelDot": true, "columns": [{"name": "age", "kind":
   * "numeric", "mean": 38.5}, {"name": "sex", "kind": "categorical", "categories": [...], "mode":
   * "Male"}, {"name": "income", "kind": "label"}, ...]}}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("version", (long) FORMAT_VERSION);
    map.put("target", target == CsvOptions.Target.CLASSIFICATION ? "classification" : "regression");
    map.put("classes", classNames);
    map.put("missing", new TreeSet<>(missingTokens).stream().toList());
    map.put("stripLabelDot", stripLabelDot);
    List<Object> columnMaps = new ArrayList<>();
    for (ColumnEncoding column : columns) {
      columnMaps.add(column.toMap());
    }
    map.put("columns", columnMaps);
    return map;
  }

  /**
   * Reads an encoding written by {@link #toMap()} (after a JSON round trip).
   *
   * @throws DataFormatException naming the key or column that is missing, of the wrong type or
   *     inconsistent
   */
  public static TableEncoding fromMap(Map<String, ?> map) {
    int version = JsonFields.integer(map, "version");
    if (version != FORMAT_VERSION) {
      throw new DataFormatException(
          null,
          0,
          "version",
          Integer.toString(version),
          "table encoding version "
              + version
              + " is not supported; this build reads version "
              + FORMAT_VERSION,
          "use the nonlin version that wrote the model");
    }
    String target = JsonFields.string(map, "target");
    if (!target.equals("classification") && !target.equals("regression")) {
      throw new DataFormatException(
          null,
          0,
          "target",
          target,
          "target \"" + target + "\" must be \"classification\" or \"regression\"",
          null);
    }
    List<ColumnEncoding> columns = new ArrayList<>();
    for (Object entry : JsonFields.list(map, "columns")) {
      columns.add(ColumnEncoding.fromMap(JsonFields.asObject(entry, "a column")));
    }
    try {
      return new TableEncoding(
          columns,
          target.equals("regression")
              ? CsvOptions.Target.REGRESSION
              : CsvOptions.Target.CLASSIFICATION,
          JsonFields.strings(map, "classes"),
          Set.copyOf(JsonFields.strings(map, "missing")),
          JsonFields.bool(map, "stripLabelDot"));
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(null, 0, "columns", null, e.getMessage(), null);
    }
  }

  /** Equal when columns, target, classes, missing tokens and label-dot rule are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof TableEncoding && ((TableEncoding) other).toMap().equals(toMap());
  }

  @Override
  public int hashCode() {
    return toMap().hashCode();
  }

  @Override
  public String toString() {
    return "TableEncoding["
        + columns.size()
        + " columns -> "
        + width
        + " features, "
        + (classNames.isEmpty() ? "regression" : classNames.size() + " classes")
        + "]";
  }
}
