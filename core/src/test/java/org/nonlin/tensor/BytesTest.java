package org.nonlin.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nonlin.testing.Tolerances;

/**
 * Checks byte decoding against the plain expression {@code (code & 0xFF) / divisor}, on the scalar
 * loop, on the kernels this JVM chose (the Vector API ones when the tests run with the incubator
 * module) and through the shared row gather.
 */
class BytesTest {

  @Test
  void toFloats_everyCode_equalsPlainDivisionBitForBit() {
    // given: all 256 codes, three times over so that vector steps and the tail both see each
    byte[] codes = new byte[3 * 256 + 5];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) i;
    }
    float divisor = 255f;

    // when
    float[] out = new float[codes.length + 2];
    Bytes.toFloats(codes, 0, divisor, out, 2, codes.length);

    // then: 255 decodes to 1 and 128 to 128/255; the sign bit of a byte is not a sign
    for (int i = 0; i < codes.length; i++) {
      assertEquals((codes[i] & 0xFF) / divisor, out[2 + i], "code " + (codes[i] & 0xFF));
    }
    assertEquals(1f, out[2 + 255]);
    assertEquals(0f, out[2]);
  }

  @Test
  void decodeBytes_scalarAndChosenKernels_agreeBitForBit() {
    // given: a divisor whose quotients round, at an odd offset
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    byte[] codes = new byte[1001];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) random.nextInt(256);
    }

    // when
    float[] chosen = new float[1000];
    float[] scalar = new float[1000];
    FloatOps.instance().decodeBytes(codes, 1, 7f, chosen, 0, 1000);
    new ScalarFloatOps().decodeBytes(codes, 1, 7f, scalar, 0, 1000);

    // then
    assertArrayEquals(scalar, chosen);
  }

  @Test
  void gatherRows_manyShuffledRows_equalsRowByRowDecoding() {
    // given: 300 rows of 784 codes, gathered 200 at a time (enough to share with a helper thread)
    SplittableRandom random = new SplittableRandom(Tolerances.SEED);
    int rows = 300;
    int cols = 784;
    byte[] codes = new byte[rows * cols];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = random.nextInt(2) == 0 ? 0 : (byte) random.nextInt(256);
    }
    int[] order = new int[rows];
    for (int i = 0; i < rows; i++) {
      order[i] = (i * 7) % rows;
    }

    // when
    float[] out = new float[200 * cols];
    Bytes.gatherRows(codes, cols, order, 50, 250, 255f, out);

    // then: row r of out is data row order[50 + r]
    for (int r = 0; r < 200; r++) {
      int src = order[50 + r] * cols;
      for (int c = 0; c < cols; c++) {
        assertEquals((codes[src + c] & 0xFF) / 255f, out[r * cols + c], "row " + r + " col " + c);
      }
    }
  }

  @Test
  void gatherRows_outputTooShort_throws() {
    // given
    byte[] codes = new byte[4 * 10];
    int[] order = {0, 1, 2, 3};
    float[] out = new float[3 * 10];

    // when / then
    assertThrows(
        IndexOutOfBoundsException.class, () -> Bytes.gatherRows(codes, 10, order, 0, 4, 255f, out));
  }
}
