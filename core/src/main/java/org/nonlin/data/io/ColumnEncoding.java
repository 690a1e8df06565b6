package org.nonlin.data.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.JsonFields;

/**
 * How one table column becomes features, part of a {@link TableEncoding}.
 *
 * @param name the column's name
 * @param kind what the column becomes
 * @param mean the value imputed for a missing numeric value; 0 for other kinds
 * @param categories the categories of a categorical column, sorted by {@link String#compareTo} and
 *     distinct; empty for other kinds
 * @param mode the index in {@code categories} of the category imputed for a missing value (the most
 *     frequent in training, the first in sorted order on ties); -1 for other kinds
 */
public record ColumnEncoding(
    String name, ColumnKind kind, double mean, List<String> categories, int mode) {

  /** Validates the fields for the kind and copies the categories. */
  public ColumnEncoding {
    if (name == null || kind == null || categories == null) {
      throw new IllegalArgumentException("column name, kind and categories must not be null");
    }
    categories = List.copyOf(categories);
    boolean categorical = kind == ColumnKind.CATEGORICAL;
    if (!Double.isFinite(mean) || (kind != ColumnKind.NUMERIC && mean != 0)) {
      throw new IllegalArgumentException(
          "column '" + name + "' mean " + mean + " must be finite, and 0 unless numeric");
    }
    if (categorical == categories.isEmpty()
        || (categorical ? mode < 0 || mode >= categories.size() : mode != -1)) {
      throw new IllegalArgumentException(
          "column '"
              + name
              + "' of kind "
              + kind.jsonName()
              + " has "
              + categories.size()
              + " categories and mode "
              + mode
              + "; a categorical column needs categories and a mode among them, others neither");
    }
    if (categorical && !List.copyOf(new TreeSet<>(categories)).equals(categories)) {
      throw new IllegalArgumentException(
          "column '" + name + "' categories " + categories + " must be sorted and distinct");
    }
  }

  /** A numeric column imputing {@code mean}. */
  public static ColumnEncoding numeric(String name, double mean) {
    return new ColumnEncoding(name, ColumnKind.NUMERIC, mean, List.of(), -1);
  }

  /** A categorical column with sorted categories imputing {@code categories.get(mode)}. */
  public static ColumnEncoding categorical(String name, List<String> categories, int mode) {
    return new ColumnEncoding(name, ColumnKind.CATEGORICAL, 0, categories, mode);
  }

  /** An ignored column, or the label column. */
  public static ColumnEncoding of(String name, ColumnKind kind) {
    return new ColumnEncoding(name, kind, 0, List.of(), -1);
  }

  /** Number of features this column gives: 1 numeric, one per category, 0 otherwise. */
  public int width() {
    return kind == ColumnKind.NUMERIC ? 1 : categories.size();
  }

  /**
   * This column as a JSON-compatible map: {@code {"name": "age", "kind": "numeric", "mean": 38.5}},
   * {@code {"name": "sex", "kind": "categorical", "categories": ["Female", "Male"], "mode":
   * "Male"}}, {@code {"name": "income", "kind": "label"}}.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("name", name);
    map.put("kind", kind.jsonName());
    if (kind == ColumnKind.NUMERIC) {
      map.put("mean", mean);
    } else if (kind == ColumnKind.CATEGORICAL) {
      map.put("categories", categories);
      map.put("mode", categories.get(mode));
    }
    return map;
  }

  /**
   * Reads a column written by {@link #toMap()}.
   *
   * @throws DataFormatException naming the column and what is missing or inconsistent
   */
  public static ColumnEncoding fromMap(Map<String, ?> map) {
    String name = JsonFields.string(map, "name");
    try {
      ColumnKind kind = ColumnKind.ofJsonName(JsonFields.string(map, "kind"));
      if (kind == ColumnKind.NUMERIC) {
        return numeric(name, JsonFields.number(map, "mean"));
      }
      if (kind == ColumnKind.CATEGORICAL) {
        List<String> categories = JsonFields.strings(map, "categories");
        return categorical(name, categories, categories.indexOf(JsonFields.string(map, "mode")));
      }
      return of(name, kind);
    } catch (IllegalArgumentException e) {
      throw new DataFormatException(null, 0, name, null, e.getMessage(), null);
    }
  }
}
