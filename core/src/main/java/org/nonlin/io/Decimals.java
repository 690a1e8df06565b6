package org.nonlin.io;

import java.util.function.Predicate;

/**
 * Decimal text for floating-point numbers: the shortest string that reads back as the same value,
 * and a fast reader of plain decimal numbers.
 *
 * <p>Java 17's {@link Double#toString(double)} always reads back exactly but sometimes uses more
 * digits than needed (JDK-4511638, fixed only in Java 19), e.g. {@code 2.0E-3} is fine but some
 * values get 18 digits. {@link #format(double)} starts from it and drops digits while the value
 * still reads back: a shorter string exists only if one with one digit less exists, and the two
 * candidates with one digit less nearest to a string that reads back are its truncation and that
 * truncation plus one unit in the last place, so checking those two at each step finds the
 * shortest.
 */
public final class Decimals {

  /** Powers of ten that a double holds exactly: 10^0 .. 10^22. */
  private static final double[] EXACT_POWERS = new double[23];

  /** Significant digits below which a decimal mantissa converts to a double exactly (< 2^53). */
  private static final int EXACT_DIGITS = 15;

  static {
    EXACT_POWERS[0] = 1;
    for (int i = 1; i < EXACT_POWERS.length; i++) {
      EXACT_POWERS[i] = EXACT_POWERS[i - 1] * 10;
    }
  }

  private Decimals() {}

  /**
   * The shortest decimal string that {@link Double#parseDouble} turns back into {@code value},
   * written as Java writes doubles: plain ({@code 0.001}, {@code 12.5}, {@code 100.0}) for
   * magnitudes in [10^-3, 10^7), else scientific ({@code 1.0E-5}, {@code 2.5E10}). The result is
   * valid JSON. Negative zero gives {@code -0.0}.
   *
   * @throws IllegalArgumentException for NaN and infinities, which have no decimal form
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "number " + value + " is not finite; only finite numbers have a decimal form");
    }
    return shortest(Double.toString(value), text -> Double.parseDouble(text) == value);
  }

  /**
   * The shortest decimal string that {@link Float#parseFloat} turns back into {@code value}, in the
   * layout of {@link #format(double)}. Because a float widened to double is exact and every
   * float-shortest string read as a double rounds back to the same float, {@code (float)
   * Double.parseDouble(format(f)) == f}.
   *
   * @throws IllegalArgumentException for NaN and infinities
   */
  public static String format(float value) {
    if (!Float.isFinite(value)) {
      throw new IllegalArgumentException(
          "number " + value + " is not finite; only finite numbers have a decimal form");
    }
    return shortest(Float.toString(value), text -> Float.parseFloat(text) == value);
  }

  /** Shortens a Java-formatted finite number while {@code readsBack} holds. */
  private static String shortest(String javaText, Predicate<String> readsBack) {
    Digits current = Digits.of(javaText);
    while (current.digits.length() > 1) {
      Digits down = current.dropLastDigit(false);
      Digits up = current.dropLastDigit(true);
      boolean preferUp = current.digits.charAt(current.digits.length() - 1) >= '5';
      Digits first = preferUp ? up : down;
      Digits second = preferUp ? down : up;
      if (readsBack.test(first.render())) {
        current = first;
      } else if (readsBack.test(second.render())) {
        current = second;
      } else {
        break;
      }
    }
    return current.render();
  }

  /**
   * A decimal number {@code (-)0.d1d2d3... * 10^point} with a first digit that is not zero (unless
   * the number is zero) and no trailing zeros.
   */
  private record Digits(boolean negative, String digits, int point) {

    Digits {
      int lead = 0;
      while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
        lead++;
      }
      int length = digits.length();
      while (length > lead + 1 && digits.charAt(length - 1) == '0') {
        length--;
      }
      point -= lead;
      digits = digits.substring(lead, length);
    }

    /** Reads {@link Double#toString} or {@link Float#toString} output of a finite number. */
    static Digits of(String javaText) {
      boolean negative = javaText.charAt(0) == '-';
      int start = negative ? 1 : 0;
      int e = javaText.indexOf('E');
      int end = e < 0 ? javaText.length() : e;
      int exponent = e < 0 ? 0 : Integer.parseInt(javaText.substring(e + 1));
      int dot = javaText.indexOf('.');
      String digits = javaText.substring(start, dot) + javaText.substring(dot + 1, end);
      return new Digits(negative, digits, exponent + (dot - start));
    }

    /** The number with its last digit dropped: truncated, or rounded up in the new last place. */
    Digits dropLastDigit(boolean roundUp) {
      char[] chars = digits.substring(0, digits.length() - 1).toCharArray();
      for (int i = chars.length - 1; roundUp && i >= 0; i--) {
        if (chars[i] != '9') {
          chars[i]++;
          return new Digits(negative, new String(chars, 0, i + 1), point);
        }
      }
      return roundUp
          ? new Digits(negative, "1", point + 1)
          : new Digits(negative, new String(chars), point);
    }

    /** Java's layout: plain for magnitudes in [10^-3, 10^7), else d.dddE±x. */
    String render() {
      StringBuilder out = new StringBuilder(digits.length() + 8);
      if (negative) {
        out.append('-');
      }
      boolean zero = digits.equals("0");
      int scientific = point - 1; // value = d1.d2d3... * 10^scientific
      if (zero || (scientific >= -3 && scientific < 7)) {
        if (zero || point <= 0) {
          out.append("0.").append("0".repeat(zero ? 0 : -point)).append(digits);
        } else if (point >= digits.length()) {
          out.append(digits).append("0".repeat(point - digits.length())).append(".0");
        } else {
          out.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return out.toString();
      }
      out.append(digits.charAt(0)).append('.');
      out.append(digits.length() > 1 ? digits.substring(1) : "0");
      return out.append('E').append(scientific).toString();
    }
  }

  /**
   * Reads a plain decimal number, {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]?
   * digits)?}, from {@code text[start, end)} without surrounding spaces. The result is the
   * correctly rounded double, as {@link Double#parseDouble} would give: numbers of at most 15
   * significant digits and a power of ten up to 22 in size are converted directly (exact, since
   * both parts are exact doubles), others are handed to {@link Double#parseDouble}.
   *
   * <p>Words such as {@code NaN} or {@code Infinity}, hexadecimal and suffixes such as {@code 1f}
   * are not numbers here.
   *
   * @return the value, infinite when it overflows, or NaN when the text is not such a number
   */
  public static double parse(CharSequence text, int start, int end) {
    int exponentAt = plainNumberExponent(text, start, end);
    if (exponentAt < 0) {
      return Double.NaN;
    }
    int i = start;
    boolean negative = text.charAt(i) == '-';
    if (negative || text.charAt(i) == '+') {
      i++;
    }
    long mantissa = 0;
    int significant = 0;
    int power = 0; // value = mantissa * 10^power
    boolean fraction = false;
    for (; i < exponentAt; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        fraction = true;
      } else if (significant > 0 || c != '0') {
        if (++significant > EXACT_DIGITS) {
          return Double.parseDouble(text.subSequence(start, end).toString());
        }
        mantissa = mantissa * 10 + (c - '0');
        power -= fraction ? 1 : 0;
      } else {
        power -= fraction ? 1 : 0;
      }
    }
    if (exponentAt < end) {
      if (end - exponentAt > 6) {
        return Double.parseDouble(text.subSequence(start, end).toString());
      }
      power += Integer.parseInt(text.subSequence(exponentAt + 1, end).toString());
    }
    if (Math.abs(power) >= EXACT_POWERS.length) {
      return Double.parseDouble(text.subSequence(start, end).toString());
    }
    double value = power >= 0 ? mantissa * EXACT_POWERS[power] : mantissa / EXACT_POWERS[-power];
    return negative ? -value : value;
  }

  /**
   * Checks the syntax of a plain decimal number and returns where its exponent letter is ({@code
   * end} when it has none), or -1 when the text is not such a number.
   */
  private static int plainNumberExponent(CharSequence text, int start, int end) {
    int i = start;
    if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int digits = 0;
    boolean dot = false;
    for (; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !dot) {
        dot = true;
      } else {
        break;
      }
    }
    if (digits == 0) {
      return -1;
    }
    int exponentAt = i;
    if (i < end && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i++;
      if (i < end && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
        i++;
      }
      int exponentDigits = i;
      while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == exponentDigits) {
        return -1;
      }
    }
    return i == end ? exponentAt : -1;
  }

  /** {@link #parse(CharSequence, int, int)} over a whole string. */
  public static double parse(String text) {
    return parse(text, 0, text.length());
  }
}
