package org.nonlin.data.io;

import java.nio.file.Path;
import java.util.List;
import org.nonlin.io.DataFormatException;

/**
 * A table column given by header name or by 0-based position; a negative position counts from the
 * end, so -1 is the last column.
 *
 * @param name the column's name, or null when it is given by position
 * @param index the 0-based position (negative from the end); ignored when a name is given
 */
public record ColumnRef(String name, int index) {

  /** Validates that a name, when given, is not blank. */
  public ColumnRef {
    if (name != null && name.isBlank()) {
      throw new IllegalArgumentException("column name must not be blank");
    }
    if (name != null) {
      index = 0;
    }
  }

  /** The column with this header name (or name given in {@link CsvOptions#columnNames()}). */
  public static ColumnRef named(String name) {
    if (name == null) {
      throw new IllegalArgumentException("column name must not be null");
    }
    return new ColumnRef(name, 0);
  }

  /** The column at a 0-based position; -1 is the last column, -2 the one before. */
  public static ColumnRef at(int index) {
    return new ColumnRef(null, index);
  }

  /** The last column, where labels usually are. */
  public static ColumnRef last() {
    return at(-1);
  }

  /**
   * Reads a column reference as a user types it: a whole number (optionally negative) is a 0-based
   * position, anything else a name.
   */
  public static ColumnRef parse(String text) {
    String trimmed = text.strip();
    try {
      return at(Integer.parseInt(trimmed));
    } catch (NumberFormatException notANumber) {
      return named(trimmed);
    }
  }

  /**
   * The 0-based position of this column among the given ones.
   *
   * @param role what the column is for, e.g. "label column", for the message
   * @throws DataFormatException naming the file and the available columns when there is no such
   *     column, or when a name occurs more than once
   */
  public int resolve(List<String> columnNames, Path file, String role) {
    int count = columnNames.size();
    if (name == null) {
      int position = index < 0 ? count + index : index;
      if (position < 0 || position >= count) {
        throw notFound(columnNames, file, role);
      }
      return position;
    }
    int found = columnNames.indexOf(name);
    if (found < 0) {
      throw notFound(columnNames, file, role);
    }
    if (columnNames.lastIndexOf(name) != found) {
      throw new DataFormatException(
          file,
          0,
          name,
          name,
          role
              + " '"
              + name
              + "' is ambiguous: columns "
              + (found + 1)
              + " and "
              + (columnNames.lastIndexOf(name) + 1)
              + " have that name",
          "give the column by its 0-based position");
    }
    return found;
  }

  private DataFormatException notFound(List<String> columnNames, Path file, String role) {
    return new DataFormatException(
        file,
        0,
        toString(),
        toString(),
        role + " " + this + " not found; the " + columnNames.size() + " columns are " + columnNames,
        "give a column name or a 0-based position (-1 for the last)");
  }

  /** {@code 'income'} for a name, {@code #3} for a position. */
  @Override
  public String toString() {
    return name != null ? "'" + name + "'" : "#" + index;
  }
}
