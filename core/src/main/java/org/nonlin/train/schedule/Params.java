package org.nonlin.train.schedule;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Parameter checks and the canonical number format of the schedules' text forms, in one place so
 * that every schedule words its errors and prints its numbers the same way.
 *
 * <p>Canonical number format: the correctly rounded decimal with the fewest significant digits (at
 * most 17) that reads back as the same {@code double}, laid out as JavaScript's {@code
 * Number.prototype.toString} does: plain notation without a trailing {@code .0} when {@code 1e-6 <=
 * |x| < 1e21} ({@code 3000}, {@code 0.1}, {@code 0.0001}), otherwise one digit before the point and
 * a signed exponent ({@code 1e-7}, {@code 2.5e+21}). Zero prints as {@code 0}.
 */
final class Params {

  /** A decimal number as the text forms accept it: {@code 0.1}, {@code -2}, {@code 1e-4}. */
  static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  private static final int MAX_DIGITS = 17;

  private Params() {}

  /**
   * Reads a finite decimal number written as {@link #NUMBER} describes.
   *
   * @param param the parameter's name, for the message
   * @throws IllegalArgumentException naming the parameter and the text if it is no such number
   */
  static double parseNumber(String param, String text) {
    if (!NUMBER.matcher(text).matches()) {
      throw invalid(param, "'" + text + "'", "must be a decimal number such as 0.1 or 1e-4");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw invalid(param, "'" + text + "'", "is too large to be finite");
    }
    return value;
  }

  /** Returns {@code value} if it is finite and {@code > 0}; otherwise throws naming it. */
  static double positive(String name, double value) {
    if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
      throw invalid(name, format(value), "must be finite and > 0");
    }
    return value;
  }

  /** Returns {@code value} if it is finite and {@code >= 0}; otherwise throws naming it. */
  static double nonNegative(String name, double value) {
    if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
      throw invalid(name, format(value), "must be finite and >= 0");
    }
    return value;
  }

  /** Returns {@code value} if it is finite and {@code >= min}; otherwise throws naming it. */
  static double atLeast(String name, double value, double min) {
    if (!(value >= min) || value == Double.POSITIVE_INFINITY) {
      throw invalid(name, format(value), "must be finite and >= " + format(min));
    }
    return value;
  }

  /** Returns {@code value} if it is {@code >= 1}; otherwise throws naming it. */
  static long positive(String name, long value) {
    if (value < 1) {
      throw invalid(name, Long.toString(value), "must be >= 1");
    }
    return value;
  }

  /** Returns {@code value} if it is {@code >= 0}; otherwise throws naming it. */
  static long nonNegative(String name, long value) {
    if (value < 0) {
      throw invalid(name, Long.toString(value), "must be >= 0");
    }
    return value;
  }

  /**
   * Returns {@code inner} if it counts iterations; a unit suffix such as {@code @epoch} belongs on
   * the outermost schedule only, so a wrapper refuses an inner schedule that carries one.
   *
   * @param wrapper the text name of the wrapping schedule, for the message
   */
  static LearningRateSchedule inner(String wrapper, LearningRateSchedule inner) {
    if (inner.unit() != ScheduleUnit.ITERATION) {
      throw new IllegalArgumentException(
          "inner schedule '"
              + inner.spec()
              + "' of "
              + wrapper
              + " carries a unit; write the @"
              + inner.unit().name().toLowerCase(Locale.ROOT)
              + " suffix once, after the outermost schedule");
    }
    return inner;
  }

  /**
   * An error whose message reads "{name} {value} {rule}", e.g. "gamma 0 must be finite and > 0".
   */
  static IllegalArgumentException invalid(String name, String value, String rule) {
    return new IllegalArgumentException(name + " " + value + " " + rule);
  }

  /**
   * The text form {@code name(a,b,...)} of a schedule: doubles in the canonical number format,
   * longs in decimal, lists element by element, nested schedules by their {@link
   * LearningRateSchedule#spec()}.
   */
  static String call(String name, Object... args) {
    StringJoiner joined = new StringJoiner(",", name + "(", ")");
    for (Object arg : args) {
      if (arg instanceof List<?> list) {
        list.forEach(element -> joined.add(text(element)));
      } else {
        joined.add(text(arg));
      }
    }
    return joined.toString();
  }

  private static String text(Object arg) {
    if (arg instanceof Double value) {
      return format(value);
    }
    if (arg instanceof LearningRateSchedule schedule) {
      return schedule.spec();
    }
    return String.valueOf(arg);
  }

  /** {@code value} in the canonical number format described in the class comment. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal shortest = shortest(value).stripTrailingZeros();
    String sign = value < 0 ? "-" : "";
    String digits = shortest.unscaledValue().abs().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    if (exponent >= -6 && exponent < 21) {
      return shortest.toPlainString();
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
  }

  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits < MAX_DIGITS; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return rounded;
      }
    }
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN));
  }
}
