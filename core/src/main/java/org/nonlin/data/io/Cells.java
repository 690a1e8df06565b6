package org.nonlin.data.io;

import java.util.Locale;
import java.util.Set;
import org.nonlin.io.DataFormatException;
import org.nonlin.io.Decimals;

/** Reading one table cell: numbers, non-finite words and labels. */
final class Cells {

  private static final Set<String> NON_FINITE_WORDS =
      Set.of("nan", "inf", "infinity", "+inf", "-inf", "+infinity", "-infinity", "+nan", "-nan");

  private static final String NON_FINITE_HINT =
      "write missing values as ?, NA or an empty field; features and targets must be finite";

  private Cells() {}

  /** A plain decimal number's value (infinite on overflow), or NaN when the text is not one. */
  static double parse(String value) {
    return Decimals.parse(value, 0, value.length());
  }

  /** True for numbers and for the words NaN and infinity, which are misplaced numbers. */
  static boolean isNumberLike(String value) {
    return !Double.isNaN(parse(value)) || isNonFiniteWord(value);
  }

  private static boolean isNonFiniteWord(String value) {
    if (value.isEmpty() || value.length() > 9 || "nNiI+-".indexOf(value.charAt(0)) < 0) {
      return false;
    }
    return NON_FINITE_WORDS.contains(value.toLowerCase(Locale.ROOT));
  }

  /**
   * A numeric cell's value.
   *
   * @return the finite value, or NaN when the text is not a number
   * @throws DataFormatException naming the column and value for NaN, infinity or overflow
   */
  static double number(String value, String column) {
    double parsed = parse(value);
    if (Double.isInfinite(parsed) || (Double.isNaN(parsed) && isNonFiniteWord(value))) {
      throw new DataFormatException(
          null,
          0,
          column,
          value,
          "column '" + column + "' holds '" + value + "', which is not a finite number",
          NON_FINITE_HINT);
    }
    return parsed;
  }

  /**
   * The value of a cell in a numeric column.
   *
   * @throws DataFormatException naming the column and value when it is text or not finite
   */
  static double requiredNumber(String value, String column) {
    double number = number(value, column);
    if (Double.isNaN(number)) {
      throw new DataFormatException(
          null,
          0,
          column,
          value,
          "column '" + column + "' is numeric but holds '" + value + "'",
          "fix the value or mark it missing (?, NA or an empty field)");
    }
    return number;
  }

  /**
   * A regression target: the label (trailing dot stripped when asked) as a finite number.
   *
   * @throws DataFormatException naming the column and value when it is not one
   */
  static float target(String label, boolean stripDot, String column) {
    double value = number(label(label, stripDot), column);
    if (Double.isNaN(value)) {
      throw new DataFormatException(
          null,
          0,
          column,
          label,
          "target column '" + column + "' holds '" + label + "', not a number",
          "regression needs numeric targets; read it as classification instead");
    }
    return (float) value;
  }

  /** A label as its class name: trimmed already, one trailing '.' removed when asked. */
  static String label(String value, boolean stripDot) {
    if (stripDot && value.length() > 1 && value.endsWith(".")) {
      return value.substring(0, value.length() - 1);
    }
    return value;
  }
}
