package org.nonlin.data.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How {@link CsvReader} reads a table. Immutable; start from {@link #DEFAULTS} or {@link
 * #builder()} and change what differs, e.g. {@code CsvOptions.builder().label(ColumnRef.named(
 * "income")).missing(Missing.DROP_ROWS).build()}.
 *
 * @param separator the field separator, or {@link #AUTO_SEPARATOR} to pick the one of {@code ,}
 *     {@code ;} and tab that splits the first lines into the same number of fields
 * @param header whether the first row names the columns
 * @param columnNames names for the columns (replacing a header), or an empty list
 * @param label the column holding the class label or regression target
 * @param target classification (labels become class indices) or regression (numeric targets)
 * @param columnKinds kinds declared for some columns, e.g. a numeric column in which text must be
 *     an error, a numeric-looking code that is categorical, or a column to ignore; the others are
 *     detected ({@link ColumnKind#CATEGORICAL} when any non-missing value is not a number)
 * @param missing what to do with missing values
 * @param missingTokens field values that mean "missing" (compared after trimming)
 * @param stripLabelDot whether one trailing '.' is removed from labels, so that {@code <=50K.} in
 *     UCI Adult's test file is the class {@code <=50K} of its training file
 * @param commentPrefixes characters that, as the first non-blank character of a line, make it a
 *     comment that is skipped
 * @param maxCategories most categories a categorical column may have; a detected categorical column
 *     with more is an error (usually a numeric column with a typo)
 */
public record CsvOptions(
    char separator,
    Header header,
    List<String> columnNames,
    ColumnRef label,
    Target target,
    Map<ColumnRef, ColumnKind> columnKinds,
    Missing missing,
    Set<String> missingTokens,
    boolean stripLabelDot,
    String commentPrefixes,
    int maxCategories) {

  /** The {@link #separator()} that asks for detection. */
  public static final char AUTO_SEPARATOR = 0;

  /** Values that mean "missing" by default: {@code ?} (UCI), empty, {@code NA} (R). */
  public static final Set<String> DEFAULT_MISSING_TOKENS = Set.of("?", "", "NA");

  /**
   * Comment characters by default: {@code #}, and {@code |}, which starts the first line of UCI
   * Adult's original {@code adult.test} ("|1x3 Cross validator").
   */
  public static final String DEFAULT_COMMENT_PREFIXES = "#|";

  /** Most categories of a categorical column by default. */
  public static final int DEFAULT_MAX_CATEGORIES = 1000;

  /**
   * Detected separator and header, label in the last column, classification, detected column kinds,
   * missing values imputed, {@link #DEFAULT_MISSING_TOKENS}, trailing dots stripped from labels,
   * {@link #DEFAULT_COMMENT_PREFIXES}, {@link #DEFAULT_MAX_CATEGORIES}.
   */
  public static final CsvOptions DEFAULTS =
      new CsvOptions(
          AUTO_SEPARATOR,
          Header.AUTO,
          List.of(),
          ColumnRef.last(),
          Target.CLASSIFICATION,
          Map.of(),
          Missing.IMPUTE,
          DEFAULT_MISSING_TOKENS,
          true,
          DEFAULT_COMMENT_PREFIXES,
          DEFAULT_MAX_CATEGORIES);

  /** Whether the first row is a header. */
  public enum Header {
    /**
     * A header when some column whose values in the following rows (up to 100) are mostly numbers
     * holds text in the first row; a table without numeric columns is read as having no header.
     */
    AUTO,
    /** The first row names the columns. */
    PRESENT,
    /** The first row is data. */
    ABSENT
  }

  /** What a table's labels are. */
  public enum Target {
    /** Labels are classes: their distinct values become class indices (sorted order). */
    CLASSIFICATION,
    /** Labels are numbers to predict. */
    REGRESSION
  }

  /** What happens to rows with missing values. */
  public enum Missing {
    /** A missing feature gets the training mean (numeric) or most frequent category. */
    IMPUTE,
    /** Rows with any missing feature are left out. */
    DROP_ROWS
  }

  /** Validates and copies the collections. */
  public CsvOptions {
    if (separator != AUTO_SEPARATOR
        && (separator == '"' || separator == '\n' || separator == '\r')) {
      throw new IllegalArgumentException(
          "separator " + printable(separator) + " must not be a quote or line break");
    }
    if (header == null || label == null || target == null || missing == null) {
      throw new IllegalArgumentException("header, label, target and missing must not be null");
    }
    if (maxCategories < 2) {
      throw new IllegalArgumentException("max categories " + maxCategories + " must be >= 2");
    }
    columnNames = List.copyOf(columnNames);
    columnKinds = Map.copyOf(columnKinds);
    missingTokens = Set.copyOf(missingTokens);
    commentPrefixes = commentPrefixes == null ? "" : commentPrefixes;
    if (columnKinds.containsValue(ColumnKind.LABEL)) {
      throw new IllegalArgumentException(
          "column kind LABEL cannot be declared; give the label column with label(...)");
    }
  }

  private static String printable(char c) {
    return c == '\t' ? "tab" : "'" + c + "'";
  }

  /** A builder starting from {@link #DEFAULTS}. */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects options one at a time; {@link #build()} validates them. */
  public static final class Builder {
    private char separator;
    private Header header;
    private List<String> columnNames;
    private ColumnRef label;
    private Target target;
    private final Map<ColumnRef, ColumnKind> columnKinds;
    private Missing missing;
    private Set<String> missingTokens;
    private boolean stripLabelDot;
    private String commentPrefixes;
    private int maxCategories;

    private Builder(CsvOptions from) {
      separator = from.separator;
      header = from.header;
      columnNames = from.columnNames;
      label = from.label;
      target = from.target;
      columnKinds = new LinkedHashMap<>(from.columnKinds);
      missing = from.missing;
      missingTokens = from.missingTokens;
      stripLabelDot = from.stripLabelDot;
      commentPrefixes = from.commentPrefixes;
      maxCategories = from.maxCategories;
    }

    /** A fixed separator, or {@link #AUTO_SEPARATOR} to detect it. */
    public Builder separator(char value) {
      separator = value;
      return this;
    }

    /** The header rule. */
    public Builder header(Header value) {
      header = value;
      return this;
    }

    /** Column names, replacing a header row if there is one; empty for none. */
    public Builder columnNames(List<String> value) {
      columnNames = value;
      return this;
    }

    /** The label column. */
    public Builder label(ColumnRef value) {
      label = value;
      return this;
    }

    /** Classification or regression. */
    public Builder target(Target value) {
      target = value;
      return this;
    }

    /** Declares the kind of one column, replacing an earlier declaration for it. */
    public Builder columnKind(ColumnRef column, ColumnKind kind) {
      columnKinds.put(column, kind);
      return this;
    }

    /** The missing-value policy. */
    public Builder missing(Missing value) {
      missing = value;
      return this;
    }

    /** The field values that mean "missing". */
    public Builder missingTokens(Set<String> value) {
      missingTokens = value;
      return this;
    }

    /** Whether one trailing '.' is removed from labels. */
    public Builder stripLabelDot(boolean value) {
      stripLabelDot = value;
      return this;
    }

    /** The comment characters; empty for none. */
    public Builder commentPrefixes(String value) {
      commentPrefixes = value;
      return this;
    }

    /** The category limit of categorical columns. */
    public Builder maxCategories(int value) {
      maxCategories = value;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming the invalid option
     */
    public CsvOptions build() {
      return new CsvOptions(
          separator,
          header,
          columnNames,
          label,
          target,
          columnKinds,
          missing,
          missingTokens,
          stripLabelDot,
          commentPrefixes,
          maxCategories);
    }
  }
}
