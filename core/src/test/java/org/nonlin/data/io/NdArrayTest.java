package org.nonlin.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NdArrayTest {

  @Test
  void conversions_unsignedAndSignedTypes_valuesAsNumpyReadsThem() {
    // given the bytes ff ff of uint16 and int16, and the top bit set in uint64
    byte[] twoBytes = {(byte) 0xff, (byte) 0xff};
    byte[] topBit = {0, 0, 0, 0, 0, 0, 0, (byte) 0x80};

    // when
    NdArray unsigned = NdArray.ofLittleEndian(DType.UINT16, twoBytes, 1);
    NdArray signed = NdArray.ofLittleEndian(DType.INT16, twoBytes, 1);
    NdArray huge = NdArray.ofLittleEndian(DType.UINT64, topBit);

    // then 0xffff = 65535 unsigned, -1 signed; 0x8000000000000000 = 2^63
    assertEquals(65535.0, unsigned.getDouble(0));
    assertEquals(-1.0, signed.getDouble(0));
    assertEquals(0x1p63, huge.getDouble(0));
    assertArrayEquals(new long[] {Long.MIN_VALUE}, huge.toLongArray());
  }

  @Test
  void toFloatArray_float64_roundedToNearestFloat() {
    // given
    NdArray array = NdArray.of(new double[] {0.1, 1e-50, 3}, 3);

    // when
    float[] values = array.toFloatArray();

    // then
    assertArrayEquals(new float[] {0.1f, 0f, 3f}, values);
  }

  @Test
  void toLongArray_floatArray_refusedWithReason() {
    // given
    NdArray array = NdArray.of(new float[] {1.5f}, 1);

    // when
    IllegalStateException e = assertThrows(IllegalStateException.class, array::toLongArray);

    // then
    assertEquals("a float32 array holds no whole numbers; use toDoubleArray()", e.getMessage());
  }

  @Test
  void of_valuesNotFillingShape_errorNamesBoth() {
    // when
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> NdArray.of(new double[5], 2, 3));
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> NdArray.of(new double[0], -1));
    IllegalArgumentException huge =
        assertThrows(
            IllegalArgumentException.class, () -> NdArray.of(new double[0], 100_000, 100_000));

    // then 2 * 3 = 6 elements
    assertEquals("5 values do not fill shape (2, 3) of 6 elements", e.getMessage());
    assertTrue(negative.getMessage().contains("negative dimension -1"), negative.getMessage());
    assertTrue(huge.getMessage().contains("more than 2 GiB"), huge.getMessage());
  }

  @Test
  void shapeAndData_copiedInAndOut_arrayStaysUnchanged() {
    // given
    int[] shape = {2};
    double[] data = {1, 2};
    NdArray array = NdArray.of(data, shape);

    // when
    shape[0] = 99;
    data[0] = 99;
    array.shape()[0] = 99;
    array.toDoubleArray()[0] = 99;

    // then
    assertArrayEquals(new int[] {2}, array.shape());
    assertArrayEquals(new double[] {1, 2}, array.toDoubleArray());
  }

  @Test
  void equals_sameValuesDifferentTypeOrShape_notEqual() {
    // given
    NdArray a = NdArray.of(new double[] {1, 2}, 2);

    // when / then
    assertEquals(a, NdArray.of(new double[] {1, 2}, 2));
    assertEquals(a.hashCode(), NdArray.of(new double[] {1, 2}, 2).hashCode());
    assertNotEquals(a, NdArray.of(new double[] {1, 2}, 2, 1));
    assertNotEquals(a, NdArray.of(new float[] {1, 2}, 2));
    assertEquals("NdArray[float64 (2,)]", a.toString());
  }
}
