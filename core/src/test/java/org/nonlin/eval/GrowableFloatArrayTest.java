package org.nonlin.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GrowableFloatArrayTest {

  @Test
  void addAll_pastInitialCapacity_keepsEveryValueInOrder() {
    // given rows (i, -i) for i = 0..999, added in chunks of 3 rows
    float[] rows = new float[2000];
    for (int i = 0; i < 1000; i++) {
      rows[2 * i] = i;
      rows[2 * i + 1] = -i;
    }
    GrowableFloatArray array = new GrowableFloatArray();

    // when
    for (int from = 0; from < rows.length; from += 6) {
      array.addAll(rows, from, Math.min(6, rows.length - from));
    }

    // then: column 1 read back, after 1 leading slot
    float[] column = new float[1001];
    int end = array.copyColumn(1, 2, column, 1);
    assertEquals(2000, array.size());
    assertEquals(1001, end);
    for (int i = 0; i < 1000; i++) {
      assertEquals(-i, column[i + 1]);
    }
  }

  @Test
  void copyColumn_empty_writesNothing() {
    // given
    GrowableFloatArray array = new GrowableFloatArray();
    float[] out = {7f};

    // when
    int end = array.copyColumn(0, 1, out, 0);

    // then
    assertEquals(0, end);
    assertArrayEquals(new float[] {7f}, out);
  }
}
