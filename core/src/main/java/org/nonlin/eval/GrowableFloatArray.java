package org.nonlin.eval;

import java.util.Arrays;

/**
 * A growable array of primitive floats: appends in amortised O(1) without boxing, 4 bytes a value.
 * Not thread-safe.
 */
final class GrowableFloatArray {

  private static final int INITIAL_CAPACITY = 64;
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  private float[] values = new float[INITIAL_CAPACITY];
  private int size;

  /** Appends {@code source[from .. from + length)}. */
  void addAll(float[] source, int from, int length) {
    ensureCapacity((long) size + length);
    System.arraycopy(source, from, values, size, length);
    size += length;
  }

  /** Number of values held. */
  int size() {
    return size;
  }

  /**
   * Copies every {@code width}-th value starting at {@code column} (one column of a row-major
   * table) into {@code out} from {@code outOffset}.
   *
   * @return the offset after the last value written
   */
  int copyColumn(int column, int width, float[] out, int outOffset) {
    int o = outOffset;
    for (int i = column; i < size; i += width) {
      out[o++] = values[i];
    }
    return o;
  }

  private void ensureCapacity(long needed) {
    if (needed <= values.length) {
      return;
    }
    if (needed > MAX_LENGTH) {
      throw new IllegalStateException(
          "cannot store " + needed + " scores; at most " + MAX_LENGTH + " fit in one array");
    }
    long grown = Math.max(needed, values.length + (values.length >> 1));
    values = Arrays.copyOf(values, (int) Math.min(grown, MAX_LENGTH));
  }
}
