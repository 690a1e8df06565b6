package org.nonlin.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

class DecimalsTest {

  @Test
  void format_commonValues_javaLayoutWithFewestDigits() {
    // given values spanning the plain range [1e-3, 1e7) and both sides of it

    // when formatted
    // then plain inside the range, scientific outside, always with a point
    assertEquals("0.1", Decimals.format(0.1));
    assertEquals("100.0", Decimals.format(100.0));
    assertEquals("0.001", Decimals.format(0.001));
    assertEquals("9999999.0", Decimals.format(9999999.0));
    assertEquals("1.0E7", Decimals.format(1e7));
    assertEquals("1.0E-5", Decimals.format(1e-5));
    assertEquals("-2.5E-4", Decimals.format(-0.00025));
    assertEquals("0.0", Decimals.format(0.0));
    assertEquals("-0.0", Decimals.format(-0.0));
    // 4.9E-324 and 5.0E-324 both read back as the smallest subnormal; 5 is the nearer digit
    assertEquals("5.0E-324", Decimals.format(Double.MIN_VALUE));
    assertEquals("1.7976931348623157E308", Decimals.format(Double.MAX_VALUE));
  }

  @Test
  void format_valueJava17WritesTooLong_shortestDigits() {
    // given a double Java 17 writes as "2.82879384806159008E17" (JDK-4511638)
    double value = 2.82879384806159E17;

    // when
    String text = Decimals.format(value);

    // then 15 significant digits suffice and read back to the same bits
    assertEquals("2.82879384806159E17", text);
    assertEquals(value, Double.parseDouble(text));
  }

  @Test
  void format_javaWritesNineNines_roundsUpToOneDigit() {
    // given 1e23, which Java 17 writes as 9.999999999999999E22
    double value = 1e23;

    // when
    String text = Decimals.format(value);

    // then the single digit 1 reads back, since "1e23" parses to this same double
    assertEquals("1.0E23", text);
  }

  @Test
  void format_randomBits_readsBackAndNoShorterDigitCountDoes() {
    // given seeded random finite doubles over the whole range of bit patterns
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int i = 0; i < 10_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value)) {
        continue;
      }

      // when
      String text = Decimals.format(value);

      // then it reads back, and rounding the exact value to one digit less (BigDecimal) does not
      assertEquals(value, Double.parseDouble(text), text);
      int digits = significantDigits(text);
      if (digits > 1) {
        BigDecimal shorter =
            new BigDecimal(value).round(new MathContext(digits - 1, RoundingMode.HALF_EVEN));
        assertTrue(shorter.doubleValue() != value, text + " has a shorter form " + shorter);
      }
    }
  }

  @Test
  void formatFloat_floats_floatShortestAndExactThroughDouble() {
    // given floats whose double expansion is long
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    // when / then: 0.1f is written 0.1 (its double value is 0.10000000149011612)
    assertEquals("0.1", Decimals.format(0.1f));
    assertEquals("1.0E-36", Decimals.format(1.0E-36f));
    for (int i = 0; i < 10_000; i++) {
      float value = Float.intBitsToFloat(random.nextInt());
      if (Float.isFinite(value)) {
        String text = Decimals.format(value);
        assertEquals(value, (float) Double.parseDouble(text), text);
        assertTrue(significantDigits(text) <= 9, text);
      }
    }
  }

  @Test
  void format_nonFinite_rejectedNamingValue() {
    // when
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NaN));
    IllegalArgumentException inf =
        assertThrows(
            IllegalArgumentException.class, () -> Decimals.format(Float.NEGATIVE_INFINITY));

    // then
    assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());
    assertTrue(inf.getMessage().contains("-Infinity"), inf.getMessage());
  }

  @Test
  void parse_plainNumbers_sameAsParseDouble() {
    // given the plain decimal syntax in its variants
    String[] texts = {
      "0",
      "-0",
      "+3",
      "1.5",
      ".5",
      "5.",
      "1e5",
      "1E+05",
      "2.5e-3",
      "007",
      "0.000123",
      "123456789012345",
      "1234567890123456789",
      "0.1234567890123456789",
      "1e-400",
      "4.9e-324",
      "1.7976931348623157e308",
      "1e22",
      "1e23",
      "9007199254740993"
    };

    for (String text : texts) {
      // when
      double value = Decimals.parse(text);

      // then bit for bit what the JDK gives
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(text)),
          Double.doubleToRawLongBits(value),
          text);
    }
  }

  @Test
  void parse_randomDecimals_sameAsParseDouble() {
    // given seeded random decimal strings with up to 17 digits and exponents up to +-30
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int i = 0; i < 10_000; i++) {
      String text =
          (random.nextBoolean() ? "-" : "")
              + random.nextLong(1, 100_000_000_000_000_000L)
              + "."
              + random.nextInt(1000)
              + "e"
              + random.nextInt(-30, 31);

      // when / then
      assertEquals(Double.parseDouble(text), Decimals.parse(text), text);
    }
  }

  @Test
  void parse_notPlainNumbers_nan() {
    // given words, hexadecimal, suffixes and broken forms the JDK may accept
    String[] texts = {
      "",
      "-",
      ".",
      "e5",
      "1e",
      "1e+",
      "1.2.3",
      "NaN",
      "Infinity",
      "-inf",
      "0x10",
      "1f",
      "1d",
      " 1",
      "1 ",
      "1,5",
      "--1"
    };

    for (String text : texts) {
      // when / then
      assertTrue(Double.isNaN(Decimals.parse(text)), text);
    }
  }

  @Test
  void parse_overflow_infinite() {
    // when
    double value = Decimals.parse("-1e400");

    // then
    assertEquals(Double.NEGATIVE_INFINITY, value);
    assertFalse(Double.isNaN(value));
  }

  @Test
  void parse_range_readsOnlyThatPart() {
    // given a number inside a line
    String line = "a,12.25,b";

    // when
    double value = Decimals.parse(line, 2, 7);

    // then
    assertEquals(12.25, value);
  }

  private static int significantDigits(String text) {
    int end = text.indexOf('E') < 0 ? text.length() : text.indexOf('E');
    String digits = text.substring(0, end).replace("-", "").replace(".", "");
    int from = 0;
    while (from < digits.length() - 1 && digits.charAt(from) == '0') {
      from++;
    }
    int to = digits.length();
    while (to > from + 1 && digits.charAt(to - 1) == '0') {
      to--;
    }
    return to - from;
  }
}
