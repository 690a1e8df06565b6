package org.nonlin.data.io;

import java.util.Locale;

/** How a table column becomes features. */
public enum ColumnKind {
  /** One feature holding the number; missing values are imputed with the training mean. */
  NUMERIC,
  /**
   * One feature per category seen in training (one-hot, categories in sorted order); missing values
   * are imputed with the most frequent category, unseen categories encode as all zeros.
   */
  CATEGORICAL,
  /** No feature; the column is read past. */
  IGNORED,
  /** The class label or regression target; never a feature. */
  LABEL;

  /** The lower-case name used in JSON: "numeric", "categorical", "ignored", "label". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind of a JSON name.
   *
   * @throws IllegalArgumentException naming the allowed names
   */
  public static ColumnKind ofJsonName(String name) {
    for (ColumnKind kind : values()) {
      if (kind.jsonName().equals(name)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "column kind \"" + name + "\" must be numeric, categorical, ignored or label");
  }
}
