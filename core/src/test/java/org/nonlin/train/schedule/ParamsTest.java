package org.nonlin.train.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nonlin.testing.Tolerances;

class ParamsTest {

  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1",
    "3000, 3000",
    "50.0, 50",
    "0.0001, 0.0001",
    "0.000001, 0.000001",
    "1e-7, 1e-7",
    "-0.001, -0.001",
    "2.5e21, 2.5e+21",
    "123456789012345678901, 123456789012345680000",
    "1e-300, 1e-300",
    "0, 0",
    "-0.0, 0",
    "0.30000000000000004, 0.30000000000000004"
  })
  void format_number_printsShortestCanonicalForm(double value, String expected) {
    String text = Params.format(value);

    assertEquals(expected, text);
  }

  @Test
  void format_thirdOfOne_keepsSixteenDigitsNeededToReadBack() {
    String text = Params.format(1.0 / 3);

    assertEquals("0.3333333333333333", text); // 0.333...3 with 16 threes reads back as 1/3
  }

  @Test
  void format_seededRandomDoubles_readBackExactly() {
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);

    for (int i = 0; i < 2_000; i++) {
      double value = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(value)) {
        continue;
      }
      String text = Params.format(value);

      assertEquals(value, Double.parseDouble(text), text);
      assertTrue(Params.NUMBER.matcher(text).matches(), text);
    }
  }
}
